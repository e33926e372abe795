package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * golang-migrate style pairs: {@code <version>_<name>.up.sql} and an optional {@code
 * <version>_<name>.down.sql}, the rollback of that version. An .up.sql is always a forward
 * migration whatever its name says.
 */
final class UpDownScanner implements LayoutScanner {
  static final Pattern NAME = Pattern.compile("(\\d+)_(.*)\\.(up|down)\\.sql");

  @Override
  public MigrationSet scan(Path dir, SkipList skip) {
    DirectoryListing.Listing listing = DirectoryListing.list(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<MigrationFile> migrations = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      if (!e.name().toLowerCase(Locale.ROOT).endsWith(".sql") || e.directory()) {
        continue;
      }
      files++;
      Matcher m = NAME.matcher(e.name());
      if (m.matches()) {
        Version v = Version.parse(m.group(1));
        MigrationKind kind =
            m.group(3).equals("up") ? MigrationKind.VERSIONED : MigrationKind.ROLLBACK;
        migrations.add(
            new MigrationFile(
                e.path(), e.name(), v.text(), kind, v, m.group(2), skip.matches(e.name())));
      } else if (!skip.matches(e.name())) {
        String base = e.name().substring(0, e.name().length() - 4);
        problems.add(
            Finding.of(
                Rule.INVALID_NAME,
                e.path(),
                null,
                "neither <version>_<name>.up.sql nor .down.sql: up/down runners skip this file",
                "rename to " + base + ".up.sql (or " + base + ".down.sql if it is a rollback)"));
      }
    }
    migrations.sort(Candidate.VERSION_ORDER);
    return new MigrationSet(dir, MigrationLayout.UPDOWN, migrations, List.of(), problems, files);
  }
}
