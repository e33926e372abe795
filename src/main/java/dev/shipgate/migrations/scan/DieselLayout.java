package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * diesel: one folder per migration, {@code <version>_<name>/up.sql} (+ {@code down.sql}). The
 * version is the text before the first {@code _} with hyphens removed ({@code 2017-03-10-135800_x}
 * → {@code 20170310135800}); diesel records one row per version, so two folders with one version
 * mean the second never runs. Empty folders are ignored, as diesel does; a folder with files but no
 * {@code up.sql} stops {@code diesel migration run}.
 */
final class DieselLayout extends BaseLayout {
  DieselLayout() {
    super(
        MigrationLayout.DIESEL,
        "diesel",
        "diesel migration run",
        EnumSet.of(Rule.DUPLICATE_VERSION, Rule.DESTRUCTIVE_FILE, Rule.MISSING_MIGRATION_SQL));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    DirectoryListing.Listing listing = DirectoryListing.list(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<MigrationFile> migrations = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      if (!e.directory() || isEmpty(e.path())) {
        continue;
      }
      String name = e.name();
      files++;
      Path up = e.path().resolve("up.sql");
      if (!Files.isRegularFile(up)) {
        problems.add(
            Finding.of(
                Rule.MISSING_MIGRATION_SQL,
                e.path(),
                null,
                "migration folder has no up.sql: diesel migration run stops with"
                    + " UnknownMigrationFormat",
                "restore " + name + "/up.sql from version control, or delete the folder"));
        continue;
      }
      int underscore = name.indexOf('_');
      String version = (underscore < 0 ? name : name.substring(0, underscore)).replace("-", "");
      Version v = Version.isVersion(version) ? Version.parse(version) : null;
      String desc = underscore < 0 ? "" : name.substring(underscore + 1);
      migrations.add(
          new MigrationFile(
              up, name, version, MigrationKind.VERSIONED, v, desc, skip.matches(name)));
    }
    migrations.sort(order());
    return new MigrationSet(dir, this, migrations, List.of(), List.of(), problems, files);
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      return !ds.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** diesel compares version strings. */
  @Override
  public Comparator<MigrationFile> order() {
    return Comparator.comparing(MigrationFile::id).thenComparing(MigrationFile::name);
  }

  @Override
  public String collisionKey(MigrationFile f) {
    return "V:" + f.id();
  }

  @Override
  public String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used) {
    return "give the folder no database has applied yet (usually the newer) a new timestamp, e.g."
        + " diesel migration generate "
        + dup.description()
        + ": diesel records one row per version, so it treats "
        + dup.name()
        + " as applied once "
        + kept.name()
        + " ran; never rename a migration a database has already run";
  }

  @Override
  public String collisionEffect() {
    return "diesel records one row per version, so once one of the two ran it never runs the other";
  }

  @Override
  public Optional<String> historyTable() {
    return Optional.of("__diesel_schema_migrations");
  }
}
