package dev.shipgate.migrations.scan;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.Severity;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prisma Migrate: one folder per migration, {@code <timestamp>_<name>/migration.sql}, applied in
 * folder-name order, plus {@code migration_lock.toml}. Prisma itself accepts any timestamp length
 * and an empty name ({@code 20220308100145_}), so those are valid here too.
 */
final class PrismaScanner implements LayoutScanner {
  static final Pattern FOLDER = Pattern.compile("(\\d+)_(.*)");
  static final String LOCK_FILE = "migration_lock.toml";

  @Override
  public MigrationSet scan(Path dir, SkipList skip, Layout layout) {
    DirectoryListing.Listing listing = DirectoryListing.list(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<MigrationFile> migrations = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      String name = e.name();
      if (!e.directory()) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".sql") && !skip.matches(name)) {
          files++;
          problems.add(
              Finding.of(
                      Rule.INVALID_NAME,
                      e.path(),
                      null,
                      "loose SQL file: Prisma only applies <folder>/migration.sql, so this never runs",
                      "move it into a new folder, e.g. prisma migrate dev --create-only, or delete it")
                  .withSeverity(Severity.WARNING));
        }
        continue;
      }
      Path sql = e.path().resolve("migration.sql");
      Matcher m = FOLDER.matcher(name);
      if (!m.matches() && !Files.isRegularFile(sql)) {
        continue; // not a migration folder (no timestamp, no SQL)
      }
      files++;
      if (!Files.isRegularFile(sql)) {
        problems.add(
            Finding.of(
                Rule.MISSING_MIGRATION_SQL,
                e.path(),
                null,
                "migration folder has no migration.sql: prisma migrate deploy fails on it (an"
                    + " empty folder too)",
                "restore "
                    + name
                    + "/migration.sql from version control, or delete the folder if it was never applied"));
        continue;
      }
      Version version = m.matches() ? Version.parse(m.group(1)) : null;
      String desc = m.matches() ? m.group(2) : name;
      if (version == null) {
        problems.add(
            Finding.of(
                    Rule.INVALID_NAME,
                    e.path(),
                    null,
                    "folder name has no timestamp prefix: it sorts after every timestamped migration and is applied last",
                    "rename to <yyyyMMddHHmmss>_" + name + " with the time it was created")
                .withSeverity(Severity.WARNING));
      }
      migrations.add(
          new MigrationFile(
              sql, name, name, MigrationKind.VERSIONED, version, desc, skip.matches(name)));
    }
    migrations.sort(Comparator.comparing(MigrationFile::name));
    return new MigrationSet(dir, layout, migrations, List.of(), List.of(), problems, files);
  }
}
