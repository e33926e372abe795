package dev.shipgate.migrations.scan;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.Layout;
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
 * Flyway's SQL naming: {@code V<version>__<desc>.sql}, {@code U<version>__<desc>.sql} (undo),
 * {@code R__<desc>.sql} (repeatable), searched recursively as Flyway does. Callback scripts ({@code
 * beforeMigrate.sql}, {@code afterEachMigrate__x.sql}) are not migrations. Flyway silently ignores
 * any other .sql file; this scanner reports it.
 */
final class FlywayScanner implements LayoutScanner {
  static final Pattern VERSIONED = Pattern.compile("([VU])(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
  static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");
  private static final Pattern CALLBACK =
      Pattern.compile("(before|after)[A-Z][A-Za-z]*(__.*)?\\.sql");
  private static final Pattern NEAR_MISS =
      Pattern.compile("([VvUu]?)(\\d+(?:[._]\\d+)*)[_\\-\\s]*(.*)\\.[Ss][Qq][Ll]");

  @Override
  public MigrationSet scan(Path dir, SkipList skip, Layout layout) {
    DirectoryListing.Listing listing = DirectoryListing.walk(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<Candidate> candidates = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      String name = e.name();
      if (!name.toLowerCase(Locale.ROOT).endsWith(".sql") || CALLBACK.matcher(name).matches()) {
        continue;
      }
      files++;
      Matcher v = VERSIONED.matcher(name);
      Matcher r = REPEATABLE.matcher(name);
      if (v.matches()) {
        MigrationKind kind = v.group(1).equals("V") ? MigrationKind.VERSIONED : MigrationKind.UNDO;
        candidates.add(new Candidate(e.path(), name, Version.parse(v.group(2)), v.group(3), kind));
      } else if (r.matches()) {
        candidates.add(new Candidate(e.path(), name, null, r.group(1), MigrationKind.REPEATABLE));
      } else if (!skip.matches(name)) {
        problems.add(invalidName(e));
      }
    }
    return new MigrationSet(
        dir, layout, Candidate.resolve(candidates, skip), List.of(), List.of(), problems, files);
  }

  private static Finding invalidName(DirectoryListing.Entry e) {
    Matcher m = NEAR_MISS.matcher(e.name());
    String hint;
    if (m.matches()) {
      String prefix = m.group(1).isEmpty() ? "V" : m.group(1).toUpperCase(Locale.ROOT);
      String desc = m.group(3).isEmpty() ? "migration" : m.group(3).replaceAll("^_+", "");
      hint =
          "rename to "
              + prefix
              + m.group(2)
              + "__"
              + desc
              + ".sql (prefix V, version, two underscores)";
    } else {
      hint =
          "rename to V<version>__<description>.sql, R__<description>.sql for a repeatable, or move it out of the migration locations";
    }
    return Finding.of(
        Rule.INVALID_NAME,
        e.path(),
        null,
        "not a Flyway migration name: Flyway silently ignores this file, so it never runs",
        hint);
  }
}
