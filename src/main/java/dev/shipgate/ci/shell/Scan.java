package dev.shipgate.ci.shell;

/** Skipping quoted and bracketed shell text; every method returns the index just past it. */
final class Scan {
  private Scan() {}

  /** From {@code s[i] == open}, past the matching {@code close}, honouring quotes. */
  static int balanced(String s, int i, char open, char close) {
    int n = s.length();
    int depth = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\'' && open != '{') {
        i = singleQuoted(s, i);
        continue;
      }
      if (c == '"') {
        i = doubleQuoted(s, i);
        continue;
      }
      if (c == '`') {
        i = backticks(s, i);
        continue;
      }
      if (c == open) {
        depth++;
      } else if (c == close) {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return n;
  }

  /** From {@code s[i] == '\''}. */
  static int singleQuoted(String s, int i) {
    int j = s.indexOf('\'', i + 1);
    return j < 0 ? s.length() : j + 1;
  }

  /** From {@code s[i] == '"'}. */
  static int doubleQuoted(String s, int i) {
    int n = s.length();
    i++;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '(') {
        i = balanced(s, i + 1, '(', ')');
      } else if (c == '`') {
        i = backticks(s, i);
      } else {
        i++;
      }
    }
    return n;
  }

  /** From {@code s[i] == '`'}. */
  static int backticks(String s, int i) {
    int n = s.length();
    i++;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '`') {
        return i + 1;
      } else {
        i++;
      }
    }
    return n;
  }
}
