package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.ForwardPart;
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
 * goose: {@code <version>_<name>.sql} files with {@code -- +goose Up} / {@code -- +goose Down}
 * sections, and {@code <version>_<name>.go} migrations registered in Go, which are versions too.
 * goose fails on a {@code .sql} file without a numeric version; a {@code .go} file without one is a
 * helper, not a migration. Content rules read only the up section of SQL files.
 */
final class GooseLayout extends BaseLayout {
  static final Pattern NAME = Pattern.compile("(\\d+)_(.*)\\.(sql|go)");

  GooseLayout() {
    super(
        MigrationLayout.GOOSE,
        "goose",
        "goose up",
        EnumSet.of(Rule.DUPLICATE_VERSION, Rule.ROLLBACK_FILE, Rule.DESTRUCTIVE_FILE));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    DirectoryListing.Listing listing = DirectoryListing.list(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<Candidate> candidates = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      String name = e.name();
      String lower = name.toLowerCase(Locale.ROOT);
      boolean sql = lower.endsWith(".sql");
      boolean go = lower.endsWith(".go") && !lower.endsWith("_test.go");
      if ((!sql && !go) || e.directory()) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches() || Version.parse(m.group(1)).major().signum() == 0) {
        if (sql && !skip.matches(name)) {
          files++;
          problems.add(
              Finding.of(
                  Rule.INVALID_NAME,
                  e.path(),
                  null,
                  "not <version>_<name>.sql with a version of 1 or more: goose stops with"
                      + " an error on this file",
                  "rename to <yyyymmddhhmmss>_"
                      + name
                      + " (goose create <name> sql writes one), or move it out of the folder"));
        }
        continue;
      }
      files++;
      candidates.add(
          new Candidate(
              e.path(), name, Version.parse(m.group(1)), m.group(2), MigrationKind.VERSIONED));
    }
    return new MigrationSet(
        dir, this, Candidate.resolve(candidates, skip), List.of(), List.of(), problems, files);
  }

  @Override
  public RollbackConvention rollbacks() {
    return RollbackConvention.PAIRED_FILES;
  }

  /** goose versions are integers: {@code 001_a.sql} and {@code 1_b.go} collide. */
  @Override
  public String collisionKey(MigrationFile f) {
    return "V:" + f.version().canonical();
  }

  @Override
  public ForwardPart forwardPart(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".go")) {
      return ForwardPart.NONE;
    }
    return ForwardPart.sections(Sections.GOOSE_UP, Sections.GOOSE_DOWN);
  }

  @Override
  public String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used) {
    return "rename to "
        + renamed(dup, nextAfterHighest(used))
        + " if no database has applied it yet (else rename "
        + kept.name()
        + " instead): goose rejects a version older than one a database already has unless"
        + " run with -allow-missing, so the free version comes after the newest; never rename a"
        + " migration a database has already run";
  }

  @Override
  public String collisionEffect() {
    return "goose stops with a duplicate version error";
  }

  @Override
  public Optional<String> historyTable() {
    return Optional.of("goose_db_version");
  }
}
