package dev.shipgate.ci.shell;

/** Quote removal for shell words: 'single', "double", $'ansi' and backslash escapes. */
final class Words {
  private Words() {}

  static String unquote(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    int n = raw.length();
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (c == '\'') {
        int j = raw.indexOf('\'', i + 1);
        j = j < 0 ? n : j;
        sb.append(raw, i + 1, j);
        i = j + 1;
      } else if (c == '$' && i + 1 < n && raw.charAt(i + 1) == '\'') {
        int j = raw.indexOf('\'', i + 2);
        j = j < 0 ? n : j;
        sb.append(raw, i + 2, j);
        i = j + 1;
      } else if (c == '"') {
        i = doubleQuoted(raw, i + 1, sb);
      } else if (c == '\\') {
        if (i + 1 < n && raw.charAt(i + 1) != '\n') {
          sb.append(raw.charAt(i + 1));
        }
        i += 2;
      } else if (c == '$' && i + 1 < n && raw.charAt(i + 1) == '(') {
        int end = Scan.balanced(raw, i + 1, '(', ')');
        sb.append(raw, i, end);
        i = end;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static int doubleQuoted(String raw, int from, StringBuilder sb) {
    int n = raw.length();
    int i = from;
    while (i < n && raw.charAt(i) != '"') {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < n && "\"\\$`\n".indexOf(raw.charAt(i + 1)) >= 0) {
        if (raw.charAt(i + 1) != '\n') {
          sb.append(raw.charAt(i + 1));
        }
        i += 2;
      } else if (c == '$' && i + 1 < n && raw.charAt(i + 1) == '(') {
        int end = Scan.balanced(raw, i + 1, '(', ')');
        sb.append(raw, i, end);
        i = end;
      } else {
        sb.append(c);
        i++;
      }
    }
    return i + 1;
  }
}
