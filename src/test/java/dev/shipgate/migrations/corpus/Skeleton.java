package dev.shipgate.migrations.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a migration file from a public repository into its shape: the facts the migration lint
 * reads, with every body replaced by a neutral placeholder. What is kept: section markers (goose,
 * dbmate, sql-migrate), the leading keywords of each SQL statement ({@code CREATE TABLE}, {@code
 * DROP SCHEMA IF EXISTS}) with every identifier replaced by {@code x}, Alembic's revision
 * assignments, Django's {@code class Migration} line and its {@code initial}, {@code dependencies},
 * {@code replaces} and {@code run_before} (identifiers and dependency edges), goose's Go
 * registration call. Every other line becomes empty, so line numbers stay those of the original.
 */
final class Skeleton {
  private static final Pattern SQL_MARKER =
      Pattern.compile(
          "(?i)^\\s*--\\s*(\\+goose\\b.*|migrate:(up|down)\\b.*|\\+migrate\\s+(up|down)\\b.*|liquibase formatted.*|changeset\\s.*)");
  private static final Set<String> KEYWORDS =
      Set.of(
          "CREATE",
          "ALTER",
          "DROP",
          "INSERT",
          "UPDATE",
          "DELETE",
          "SELECT",
          "GRANT",
          "REVOKE",
          "COMMENT",
          "SET",
          "BEGIN",
          "COMMIT",
          "DO",
          "TRUNCATE",
          "RENAME",
          "REINDEX",
          "VACUUM",
          "ANALYZE",
          "CALL",
          "EXECUTE",
          "PRAGMA",
          "REFRESH",
          "WITH",
          "TABLE",
          "INDEX",
          "SCHEMA",
          "DATABASE",
          "OWNED",
          "VIEW",
          "FUNCTION",
          "PROCEDURE",
          "TYPE",
          "EXTENSION",
          "TRIGGER",
          "SEQUENCE",
          "POLICY",
          "ROLE",
          "USER",
          "UNIQUE",
          "OR",
          "REPLACE",
          "IF",
          "EXISTS",
          "NOT",
          "MATERIALIZED",
          "TEMPORARY",
          "TEMP",
          "CONCURRENTLY",
          "INTO",
          "FROM",
          "ON",
          "COLUMN",
          "CONSTRAINT",
          "ADD",
          "DOMAIN",
          "PUBLICATION",
          "RULE",
          "AGGREGATE",
          "CASCADE",
          "RESTRICT",
          "BY",
          "ALL",
          "PRIVILEGES",
          "DEFAULT",
          "TRANSACTION",
          "LOCAL",
          "SESSION");
  private static final Set<String> STARTERS =
      Set.of(
          "CREATE",
          "ALTER",
          "DROP",
          "INSERT",
          "UPDATE",
          "DELETE",
          "SELECT",
          "GRANT",
          "REVOKE",
          "COMMENT",
          "SET",
          "BEGIN",
          "COMMIT",
          "DO",
          "TRUNCATE",
          "RENAME",
          "REINDEX",
          "VACUUM",
          "ANALYZE",
          "CALL",
          "EXECUTE",
          "PRAGMA",
          "REFRESH",
          "WITH");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");
  private static final Pattern ALEMBIC =
      Pattern.compile("^(revision|down_revision|branch_labels|depends_on)\\s*(?::[^=]*)?=(?!=).*");
  private static final Pattern DJANGO_CLASS = Pattern.compile("^class\\s+Migration\\s*\\(.*");
  private static final Pattern DJANGO_ATTR =
      Pattern.compile("^\\s+(initial|dependencies|replaces|run_before)\\s*(?::[^=]*)?=(?!=).*");
  private static final Pattern DEF =
      Pattern.compile("^(async\\s+)?def\\s+(upgrade|downgrade)\\b.*");
  private static final Pattern DESTRUCTIVE =
      Pattern.compile("(?i)\\bDROP\\s+(SCHEMA|DATABASE|OWNED)\\b");

  private Skeleton() {}

  private static final Pattern KEPT =
      Pattern.compile(
          ".*\\.(sql|py|rb|go|toml|cs|[cm]?[jt]s|exs|php|java|kt|xml|ya?ml|json|plan|mako)|[^.]+");

  /**
   * The shape of a file, chosen by its name; {@code null} when the file is left out (files no
   * layout or tool detection reads: templates, styles, images, docs).
   */
  static String of(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!KEPT.matcher(lower).matches()) {
      return null;
    }
    if (lower.endsWith(".sql")) {
      return sql(text);
    }
    if (lower.endsWith(".py")) {
      return python(text);
    }
    if (lower.endsWith(".go")) {
      return text.contains("goose.Add")
          ? "package migrations\n\nfunc init() { goose.AddMigrationContext(up, down) }\n"
          : "package migrations\n";
    }
    if (lower.endsWith(".rb")) {
      return "# shape only: a Rails migration\n";
    }
    if (name.equals("migration_lock.toml")) {
      return "provider = \"placeholder\"\n";
    }
    StringBuilder markers = new StringBuilder();
    for (String marker : TOOL_MARKERS) {
      if (text.contains(marker)) {
        markers.append(marker).append('\n');
      }
    }
    return markers.toString();
  }

  /** The words that tell other migration tools' files apart; kept so detection can name them. */
  private static final List<String> TOOL_MARKERS =
      List.of(
          "databaseChangeLog",
          "[Migration(\"",
          "ModelSnapshot",
          "MigrationInterface",
          "queryInterface",
          "pgm.",
          "knex",
          "Ecto.Migration",
          "AbstractMigration",
          "Illuminate\\Database",
          "BaseJavaMigration",
          "gormigrate");

  static String sql(String text) {
    String[] lines = text.split("\r?\n|\r", -1);
    StringBuilder out = new StringBuilder();
    boolean inBlock = false;
    for (String line : lines) {
      String kept = "";
      if (!inBlock && SQL_MARKER.matcher(line).matches()) {
        kept = line.strip();
      } else {
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
          if (inBlock) {
            int end = line.indexOf("*/", i);
            if (end < 0) {
              i = line.length();
            } else {
              inBlock = false;
              i = end + 2;
            }
          } else if (line.startsWith("/*", i)) {
            inBlock = true;
            i += 2;
          } else if (line.startsWith("--", i)) {
            break;
          } else {
            code.append(line.charAt(i++));
          }
        }
        kept = heads(code.toString());
      }
      out.append(kept).append('\n');
    }
    return trimTrailingNewlines(out);
  }

  /** {@code CREATE UNIQUE INDEX foo ON bar} → {@code CREATE UNIQUE INDEX x;}. */
  private static String heads(String code) {
    Matcher m = WORD.matcher(code);
    StringBuilder sb = new StringBuilder();
    int expected = 0;
    while (m.find()) {
      if (code.substring(expected, m.start()).strip().length() > 0) {
        break;
      }
      String w = m.group().toUpperCase(Locale.ROOT);
      if (sb.isEmpty() ? !STARTERS.contains(w) : !KEYWORDS.contains(w)) {
        break;
      }
      sb.append(sb.isEmpty() ? "" : " ").append(w);
      expected = m.end();
    }
    return sb.isEmpty() ? "" : sb + " x;";
  }

  static String python(String text) {
    String[] lines = text.split("\r?\n|\r", -1);
    StringBuilder out = new StringBuilder();
    int depth = 0;
    boolean inDef = false;
    boolean bodyStarted = false;
    for (String line : lines) {
      String kept = "";
      if (depth > 0) {
        kept = stripComment(line);
        depth += depth(kept);
      } else if (ALEMBIC.matcher(line).matches() || DJANGO_ATTR.matcher(line).matches()) {
        kept = stripComment(line);
        depth = Math.max(0, depth(kept));
      } else if (DJANGO_CLASS.matcher(line).matches()) {
        kept = line.strip();
        inDef = false;
      } else if (DEF.matcher(line).matches()) {
        kept = line.replaceAll("\\(.*", "():");
        inDef = true;
        bodyStarted = false;
      } else if (inDef && !line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        inDef = false;
      } else if (inDef && !line.isBlank()) {
        Matcher d = DESTRUCTIVE.matcher(line);
        if (d.find()) {
          kept = "    op.execute(\"DROP " + d.group(1).toUpperCase(Locale.ROOT) + " x\")";
          bodyStarted = true;
        } else if (!bodyStarted) {
          kept = "    pass";
          bodyStarted = true;
        }
      }
      out.append(kept).append('\n');
    }
    return trimTrailingNewlines(out);
  }

  private static int depth(String s) {
    int d = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        d++;
      } else if (c == ')' || c == ']' || c == '}') {
        d--;
      }
    }
    return d;
  }

  private static String stripComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#') {
        return line.substring(0, i).stripTrailing();
      }
    }
    return line.stripTrailing();
  }

  private static String trimTrailingNewlines(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && (sb.charAt(end - 1) == '\n')) {
      end--;
    }
    return end == 0 ? "" : sb.substring(0, end) + "\n";
  }
}
