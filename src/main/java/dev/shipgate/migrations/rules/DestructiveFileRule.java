package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.ForwardPart;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationContent;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.scan.RollbackNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code destructive-file}: a forward migration that drops a schema or database or everything a
 * role owns ({@code DROP SCHEMA}, {@code DROP DATABASE}, {@code DROP OWNED}, outside comments), or
 * whose name says it resets the database ({@code 00_supabase_reset.sql}). Files in {@code
 * migrations.skip} are exempt: they are never applied. Rollback files are exempt too: dropping what
 * the forward file created is their job, and so is the down part of a file that holds both (dbmate,
 * goose, Alembic's {@code downgrade}): only the layout's {@link Layout#forwardPart} is read. SQL
 * files are streamed ({@link ForwardSqlScan}), so a migration of any size lints in a small heap;
 * Alembic revisions (Python) are read whole.
 */
final class DestructiveFileRule implements MigrationRule {
  private static final Pattern DROP =
      Pattern.compile("\\bDROP\\s+(SCHEMA|DATABASE|OWNED)\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> RESET_WORDS = Set.of("reset", "wipe", "nuke");
  private static final Set<String> RESET_CONTEXT =
      Set.of(
          "db",
          "database",
          "schema",
          "all",
          "everything",
          "full",
          "hard",
          "supabase",
          "drop",
          "clean",
          "public",
          "dev",
          "local",
          "data");
  private static final String HINT =
      "if it must never run on a real database, list it in migrations.skip (shipgate never applies those) or move it out of the migration directory; if it is intended, allow it: lint.rules.destructive-file.allow";

  /** Reads files on all cores: whole-directory lint time is dominated by this I/O. */
  @Override
  public Rule id() {
    return Rule.DESTRUCTIVE_FILE;
  }

  @Override
  public List<Finding> check(MigrationSet set) {
    Layout layout = set.definition();
    List<Finding> out = new ArrayList<>();
    set.migrations().parallelStream()
        .filter(
            f ->
                !f.skipped()
                    && f.kind() != MigrationKind.ROLLBACK
                    && f.kind() != MigrationKind.UNDO)
        .map(f -> check(layout, f))
        .forEachOrdered(o -> o.ifPresent(out::add));
    set.revisions().parallelStream()
        .map(r -> MigrationContent.read(r.path()))
        .filter(c -> c.problem() == null)
        .map(c -> scan(c.path(), layout.forwardText(c.path(), c.text()), true))
        .forEachOrdered(o -> o.ifPresent(out::add));
    return out;
  }

  private static Optional<Finding> check(Layout layout, MigrationFile f) {
    if (isResetName(f.description())) {
      return Optional.of(
          Finding.of(
              Rule.DESTRUCTIVE_FILE,
              f.path(),
              null,
              "named as a database reset: applying the directory in order would wipe the database",
              HINT));
    }
    ForwardPart part = layout.forwardPart(f.path());
    if (!part.any()) {
      return Optional.empty();
    }
    if (smallFile(f.path())) { // read whole: a stream costs more than a small file's text
      MigrationContent content = MigrationContent.read(f.path());
      if (content.problem() != null) {
        return Optional.of(content.problem());
      }
      DropScan hit = ForwardSqlScan.scan(content.text(), part);
      return hit.done() ? Optional.of(finding(f.path(), hit.what(), hit.line())) : Optional.empty();
    }
    try (MigrationContent.Opened o = MigrationContent.open(f.path())) {
      if (o.problem() != null) {
        return Optional.of(o.problem());
      }
      DropScan hit = ForwardSqlScan.scan(o.reader(), part);
      return hit.done() ? Optional.of(finding(f.path(), hit.what(), hit.line())) : Optional.empty();
    } catch (IOException e) {
      return Optional.of(MigrationContent.unreadable(f.path(), e));
    }
  }

  /** Files up to this size are read whole; larger ones are streamed. */
  static final long WHOLE_FILE_LIMIT = 1 << 20;

  private static boolean smallFile(Path path) {
    try {
      return java.nio.file.Files.size(path) <= WHOLE_FILE_LIMIT;
    } catch (IOException e) {
      return true; // reading it whole reports the problem as a finding
    }
  }

  static boolean isResetName(String description) {
    List<String> tokens = RollbackNames.tokens(description);
    return tokens.stream().anyMatch(RESET_WORDS::contains)
        && tokens.stream()
            .allMatch(
                t ->
                    RESET_WORDS.contains(t)
                        || RESET_CONTEXT.contains(t)
                        || t.chars().allMatch(Character::isDigit));
  }

  static Optional<Finding> scan(Path path, String text, boolean python) {
    String code = python ? CommentStripper.python(text) : CommentStripper.sql(text);
    Matcher m = DROP.matcher(code);
    if (!m.find()) {
      return Optional.empty();
    }
    int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
    return Optional.of(finding(path, m.group(1).toUpperCase(Locale.ROOT), line));
  }

  private static Finding finding(Path path, String what, int line) {
    String effect =
        switch (what) {
          case "SCHEMA" -> "drops a whole schema and every table in it";
          case "DATABASE" -> "drops a whole database";
          default -> "drops everything a role owns";
        };
    return Finding.of(
        Rule.DESTRUCTIVE_FILE,
        path,
        line,
        "DROP " + what + " " + effect + ": applied to a live database it destroys data",
        HINT);
  }
}
