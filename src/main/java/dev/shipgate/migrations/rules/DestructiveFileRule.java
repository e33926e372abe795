package dev.shipgate.migrations.rules;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.AlembicRevision;
import dev.shipgate.migrations.MigrationContent;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
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
 * the forward file created is their job.
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

  @Override
  public List<Finding> check(MigrationSet set) {
    List<Finding> out = new ArrayList<>();
    for (MigrationFile f : set.migrations()) {
      if (f.skipped() || f.kind() == MigrationKind.ROLLBACK || f.kind() == MigrationKind.UNDO) {
        continue;
      }
      if (isResetName(f.description())) {
        out.add(
            Finding.of(
                Rule.DESTRUCTIVE_FILE,
                f.path(),
                null,
                "named as a database reset: applying the directory in order would wipe the database",
                HINT));
        continue;
      }
      MigrationContent content = MigrationContent.read(f.path());
      if (content.problem() != null) {
        out.add(content.problem());
      } else {
        scan(f.path(), content.text(), false).ifPresent(out::add);
      }
    }
    if (set.layout() == MigrationLayout.ALEMBIC) {
      for (AlembicRevision r : set.revisions()) {
        MigrationContent content = MigrationContent.read(r.path());
        if (content.problem() == null) {
          scan(r.path(), content.text(), true).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  static boolean isResetName(String description) {
    List<String> tokens =
        List.of(description.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).stream()
            .filter(t -> !t.isEmpty())
            .toList();
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
    String what = m.group(1).toUpperCase(Locale.ROOT);
    String effect =
        switch (what) {
          case "SCHEMA" -> "drops a whole schema and every table in it";
          case "DATABASE" -> "drops a whole database";
          default -> "drops everything a role owns";
        };
    int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
    return Optional.of(
        Finding.of(
            Rule.DESTRUCTIVE_FILE,
            path,
            line,
            "DROP " + what + " " + effect + ": applied to a live database it destroys data",
            HINT));
  }
}
