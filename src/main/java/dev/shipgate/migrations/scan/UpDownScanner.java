package dev.shipgate.migrations.scan;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.Layout;
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
 * migration whatever its name says. Trees that keep one file per database ({@code
 * 2015_networks.mysql.up.sql}, {@code 2015_networks.postgres.up.sql}: pop, popx) hold variants of
 * one version: each file records its {@link MigrationFile#variant()}.
 */
final class UpDownScanner implements LayoutScanner {
  static final Pattern NAME = Pattern.compile("(\\d+)_(.*)\\.(up|down)\\.sql");

  /**
   * pop/popx per-database files: {@code <version>_<name>.<dialect>[.autocommit].(up|down).sql}.
   * Only these dialect names count, so {@code 1_init.v2.up.sql} keeps its dotted name.
   */
  static final Pattern VARIANT =
      Pattern.compile(
          "(\\d+)_(.*?)(?:\\.(mysql|mariadb|postgres|postgresql|pg|sqlite|sqlite3|cockroach"
              + "|cockroachdb|crdb|mssql|sqlserver|oracle|clickhouse|spanner|redshift|tidb))?"
              + "(\\.autocommit)?\\.(up|down)\\.sql");

  @Override
  public MigrationSet scan(Path dir, SkipList skip, Layout layout) {
    DirectoryListing.Listing listing = DirectoryListing.list(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<MigrationFile> migrations = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      if (!e.name().toLowerCase(Locale.ROOT).endsWith(".sql") || e.directory()) {
        continue;
      }
      files++;
      Matcher m = VARIANT.matcher(e.name());
      if (m.matches()) {
        Version v = Version.parse(m.group(1));
        MigrationKind kind =
            m.group(5).equals("up") ? MigrationKind.VERSIONED : MigrationKind.ROLLBACK;
        String variant = m.group(3) == null ? "" : m.group(3);
        migrations.add(
            new MigrationFile(
                e.path(),
                e.name(),
                v.text(),
                kind,
                v,
                m.group(2),
                skip.matches(e.name()),
                variant));
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
    return new MigrationSet(dir, layout, migrations, List.of(), List.of(), problems, files);
  }
}
