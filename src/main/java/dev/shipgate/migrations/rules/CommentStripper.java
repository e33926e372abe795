package dev.shipgate.migrations.rules;

/**
 * Blanks out comments so content rules see only code; newlines are kept so line numbers stay right.
 * SQL: {@code -- ...} and {@code /* ... *\/} outside string literals. Python: lines that are only a
 * {@code # ...} comment.
 */
final class CommentStripper {
  private CommentStripper() {}

  static String sql(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    boolean inString = false;
    while (i < n) {
      char c = text.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\'') {
          inString = false;
        }
        i++;
      } else if (c == '\'') {
        inString = true;
        out.append(c);
        i++;
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        while (i < n && text.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (; i < end; i++) {
          out.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Blanks full-line Python comments; SQL inside strings stays visible. */
  static String python(String text) {
    return text.replaceAll("(?m)^[ \\t]*#.*$", "");
  }
}
