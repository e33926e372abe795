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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rails {@code db/migrate}: every {@code [0-9]*_*.rb} below the folder (Rails globs {@code **}),
 * named {@code <version>_<snake_name>[.<scope>].rb}. Rails refuses a name outside that pattern
 * (IllegalMigrationNameError), two equal versions ("Multiple migrations have the version number")
 * and two equal class names ("Multiple migrations have the name").
 */
final class RailsLayout extends BaseLayout {
  static final Pattern GLOB = Pattern.compile("[0-9][^/]*_[^/]*\\.rb");
  static final Pattern NAME = Pattern.compile("([0-9]+)_([_a-z0-9]*)\\.?([_a-z0-9]*)?\\.rb");

  RailsLayout() {
    super(
        MigrationLayout.RAILS, "Rails", "bin/rails db:migrate", EnumSet.of(Rule.DUPLICATE_VERSION));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    DirectoryListing.Listing listing = DirectoryListing.walk(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<MigrationFile> migrations = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      String name = e.name();
      if (!GLOB.matcher(name).matches()) {
        continue;
      }
      files++;
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        if (!skip.matches(name)) {
          problems.add(
              Finding.of(
                  Rule.INVALID_NAME,
                  e.path(),
                  null,
                  "not <version>_<snake_case_name>.rb: Rails stops every migration run with"
                      + " IllegalMigrationNameError",
                  "rename to " + slug(name) + " (lower case, digits and underscores only)"));
        }
        continue;
      }
      Version v = Version.parse(m.group(1));
      migrations.add(
          new MigrationFile(
              e.path(),
              name,
              v.canonical(),
              MigrationKind.VERSIONED,
              v,
              m.group(2),
              skip.matches(name)));
    }
    migrations.sort(order());
    return new MigrationSet(dir, this, migrations, List.of(), List.of(), problems, files);
  }

  private static String slug(String name) {
    String base = name.substring(0, name.length() - 3);
    return base.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]+", "_")
        + ".rb";
  }

  /** Rails compares versions as integers: {@code 001_x.rb} and {@code 1_y.rb} collide. */
  @Override
  public String collisionKey(MigrationFile f) {
    return "V:" + f.version().canonical();
  }

  /** The class name Rails derives from the file name ({@code add_users} → {@code AddUsers}). */
  @Override
  public Optional<String> nameKey(MigrationFile f) {
    StringBuilder sb = new StringBuilder();
    for (String part : f.description().split("_")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return Optional.of(sb.toString());
  }

  @Override
  public String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used) {
    return "give the one no database has applied yet (usually the newer) a new timestamp, e.g. "
        + renamed(dup, nextAfterHighest(used))
        + "; Rails runs any version it has not recorded, but renaming a migration a database has"
        + " already run makes it run again";
  }

  @Override
  public String collisionEffect() {
    return "Rails stops every migration run (\"Multiple migrations have the version number\")";
  }

  @Override
  public Optional<String> historyTable() {
    return Optional.of("schema_migrations");
  }
}
