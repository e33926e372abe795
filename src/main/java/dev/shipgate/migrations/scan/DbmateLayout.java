package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.ForwardPart;
import dev.shipgate.migrations.MigrationContent;
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
 * dbmate: one {@code <version>…sql} file per migration at the top of the folder, with a {@code --
 * migrate:up} section and an optional {@code -- migrate:down} section. Content rules read only the
 * up section; dbmate refuses a file without one.
 */
final class DbmateLayout extends BaseLayout {
  static final Pattern NAME = Pattern.compile("(\\d+)_?(.*)\\.sql");

  DbmateLayout() {
    super(
        MigrationLayout.DBMATE,
        "dbmate",
        "dbmate up",
        EnumSet.of(
            Rule.DUPLICATE_VERSION,
            Rule.ROLLBACK_FILE,
            Rule.DESTRUCTIVE_FILE,
            Rule.MISSING_MIGRATION_SQL));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    DirectoryListing.Listing listing = DirectoryListing.list(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<Candidate> candidates = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      String name = e.name();
      if (!name.toLowerCase(Locale.ROOT).endsWith(".sql") || e.directory()) {
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
                  "no leading version number: dbmate never applies this file",
                  "rename to <yyyymmddhhmmss>_"
                      + name
                      + " (dbmate new <name> writes one), or move it out of the folder"));
        }
        continue;
      }
      candidates.add(
          new Candidate(
              e.path(), name, Version.parse(m.group(1)), m.group(2), MigrationKind.VERSIONED));
      if (!skip.matches(name)) {
        if (lacksUp(e.path())) {
          problems.add(
              Finding.of(
                  Rule.MISSING_MIGRATION_SQL,
                  e.path(),
                  null,
                  "no `-- migrate:up` section: dbmate refuses to apply this migration",
                  "start the file with -- migrate:up above its statements (and -- migrate:down"
                      + " above the rollback)"));
        }
      }
    }
    return new MigrationSet(
        dir, this, Candidate.resolve(candidates, skip), List.of(), List.of(), problems, files);
  }

  /**
   * True when the file reads and has no {@code -- migrate:up} line; read line by line up to the
   * marker (an unreadable or binary file is reported by the content rules, not here).
   */
  private static boolean lacksUp(Path file) {
    try (MigrationContent.Opened o = MigrationContent.open(file)) {
      if (o.problem() != null) {
        return false;
      }
      java.io.BufferedReader lines = new java.io.BufferedReader(o.reader());
      for (String line; (line = nextLine(lines)) != null; ) {
        if (Sections.DBMATE_UP.matcher(line.stripTrailing()).matches()) {
          return false;
        }
      }
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** The next line split on newline only (as the runner splits), its start only when huge. */
  private static String nextLine(java.io.BufferedReader in) throws java.io.IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (line.length() < 4096) {
        line.append((char) c);
      }
    }
    return c < 0 && line.isEmpty() ? null : line.toString();
  }

  @Override
  public RollbackConvention rollbacks() {
    return RollbackConvention.PAIRED_FILES;
  }

  @Override
  public ForwardPart forwardPart(Path file) {
    return ForwardPart.sections(Sections.DBMATE_UP, Sections.DBMATE_DOWN);
  }

  @Override
  public String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used) {
    return "give the one no database has applied yet (usually the newer) a new version, e.g. "
        + renamed(dup, nextAfterHighest(used))
        + ": dbmate records one row per version, so it treats this file as applied once "
        + kept.name()
        + " ran and never runs it; never rename a migration a database has already run";
  }

  @Override
  public String collisionEffect() {
    return "dbmate records one row per version, so once one of the two ran it never runs the other";
  }

  @Override
  public Optional<String> historyTable() {
    return Optional.of("schema_migrations");
  }
}
