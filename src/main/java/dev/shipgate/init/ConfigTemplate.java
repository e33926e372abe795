package dev.shipgate.init;

import dev.shipgate.config.MigrationLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The commented {@code shipgate.yaml} that {@code shipgate init} writes: what was found, the
 * database URL taken from the environment (never written into the file), the migration directory
 * with its layout and who applies it, and commented examples of the sections a team adds next. It
 * loads as is and {@code shipgate lint} accepts it.
 */
public final class ConfigTemplate {
  private static final int COMMENT_COLUMN = 42;

  private ConfigTemplate() {}

  public static String render(Project p) {
    StringBuilder y = new StringBuilder();
    y.append("# shipgate.yaml, written by `shipgate init`. Paths are relative to this file.\n");
    for (String line : found(p)) {
      y.append("# ").append(line).append('\n');
    }
    y.append("# Check it with `shipgate lint`; docs/config.md describes every key.\n\n");
    y.append("version: 1\n");
    line(y, "project: " + scalar(p.name()), null);
    line(
        y, "environment: ${APP_ENV:-development}", "\"production\" turns on production-only gates");
    y.append('\n');
    y.append("env:\n");
    line(y, "  required: [DATABASE_URL]", "`shipgate sentry` stops early when these are unset");
    y.append('\n');
    y.append("database:\n");
    line(
        y,
        "  url: ${DATABASE_URL}",
        "from the environment: never put the URL and its password here");
    line(y, "  # connect: {attempts: 5, initialBackoff: 500ms, maxBackoff: 8s, timeout: 5s}", null);
    line(y, "  # expect:", "what must exist once migrations ran (`shipgate sentry`)");
    line(y, "  #   tables: [users]", null);
    line(y, "  #   columns: [users.email]", null);
    y.append('\n');
    migrations(p, y);
    y.append('\n');
    line(y, "# lint:", "severity and allow-lists per rule for `shipgate lint`");
    line(y, "#   rules:", null);
    line(y, "#     version-gap: warning", null);
    line(y, "#     continue-on-error:", null);
    line(y, "#       allow: [.github/workflows/nightly.yml]", null);
    return y.toString();
  }

  private static List<String> found(Project p) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Found: " + (p.migrations().isEmpty() ? "no migration directory" : p.primary().describe()));
    for (MigrationCandidate other :
        p.migrations().subList(Math.min(1, p.migrations().size()), p.migrations().size())) {
      lines.add(
          "       also "
              + other.describe()
              + ": not configured; `shipgate lint migrations "
              + other.dir()
              + "` checks it");
    }
    if (!p.ciSummary().isEmpty()) {
      lines.add("       CI: " + p.ciSummary() + " (`shipgate lint` checks them too)");
    }
    if (!p.stacks().isEmpty()) {
      lines.add(
          "       stack: "
              + p.stacks().stream().sorted().map(Stack::label).collect(Collectors.joining(", ")));
    }
    return lines;
  }

  private static void migrations(Project p, StringBuilder y) {
    MigrationCandidate m = p.primary();
    if (m == null) {
      line(y, "# migrations:", "no migration directory was found; when you add one:");
      line(y, "#   dir: db/migrations", null);
      line(y, "#   layout: auto", "auto | numbered | updown | flyway | prisma | alembic");
      return;
    }
    y.append("migrations:\n");
    line(y, "  dir: " + scalar(m.dir()), null);
    line(y, "  layout: " + m.layout().id(), layoutComment(m.layout()));
    if (m.command() == null) {
      line(
          y,
          "  apply: builtin",
          "shipgate applies the files in version order, one transaction each");
      line(y, "  # skip: [00_reset.sql]", "files that must never be applied");
    } else {
      line(y, "  apply: command", "your migrator applies them; shipgate runs it as a gated step");
      line(
          y,
          "  command: " + scalar(m.command()),
          m.layout() == MigrationLayout.FLYWAY
              ? "reads FLYWAY_URL, FLYWAY_USER, FLYWAY_PASSWORD"
              : null);
    }
  }

  private static String layoutComment(MigrationLayout layout) {
    return switch (layout) {
      case NUMBERED -> "001_name.sql, 17b_name.sql: applied in version order";
      case UPDOWN -> "001_name.up.sql with 001_name.down.sql";
      case FLYWAY -> "V1__name.sql, R__name.sql";
      case PRISMA -> "one folder per migration, each with migration.sql";
      case ALEMBIC -> "the revision graph in versions/";
      default -> null;
    };
  }

  private static void line(StringBuilder y, String content, String comment) {
    y.append(content);
    if (comment != null) {
      y.append(" ".repeat(Math.max(1, COMMENT_COLUMN - content.length())))
          .append("# ")
          .append(comment);
    }
    y.append('\n');
  }

  /** A YAML scalar, quoted when plain style would change its meaning. */
  static String scalar(String s) {
    boolean plain =
        s.matches("[A-Za-z0-9_./@][A-Za-z0-9_./@ =:-]*")
            && !s.contains(": ")
            && !s.contains(" #")
            && !s.endsWith(":")
            && !List.of("true", "false", "yes", "no", "on", "off", "null", "~")
                .contains(s.toLowerCase(Locale.ROOT));
    return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
