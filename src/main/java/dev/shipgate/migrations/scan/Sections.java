package dev.shipgate.migrations.scan;

import java.util.regex.Pattern;

/**
 * The forward part of a file that holds both directions: the markers of dbmate's {@code --
 * migrate:up} and goose's {@code -- +goose Up} sections (streamed by the content rules through a
 * {@link dev.shipgate.migrations.ForwardPart}), and Alembic's code outside {@code def downgrade}
 * (every other line blanked, kept as an empty line, so line numbers stay right).
 */
final class Sections {
  static final Pattern DBMATE_UP = Pattern.compile("^\\s*--\\s*migrate:up\\b.*");
  static final Pattern DBMATE_DOWN = Pattern.compile("^\\s*--\\s*migrate:down\\b.*");
  static final Pattern GOOSE_UP =
      Pattern.compile("^\\s*--\\s*\\+goose\\s+up\\b.*", Pattern.CASE_INSENSITIVE);
  static final Pattern GOOSE_DOWN =
      Pattern.compile("^\\s*--\\s*\\+goose\\s+down\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOWNGRADE = Pattern.compile("^(async\\s+)?def\\s+downgrade\\b.*");
  private static final Pattern TOP_LEVEL = Pattern.compile("^[^\\s#].*");

  private Sections() {}

  /** Python source without the body of a top-level {@code def downgrade}. */
  static String withoutDowngrade(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    boolean inDown = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (DOWNGRADE.matcher(l).matches()) {
        inDown = true;
      } else if (inDown && TOP_LEVEL.matcher(l).matches()) {
        inDown = false;
      }
      if (!inDown) {
        out.append(l);
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
