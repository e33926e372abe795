package dev.shipgate.db;

/** Helpers for names users write in shipgate.yaml. */
public final class Identifiers {
  private Identifiers() {}

  /** {@code "chatEnabled"} → {@code chatEnabled}; other names unchanged. */
  public static String unquote(String name) {
    String n = name.strip();
    if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
      return n.substring(1, n.length() - 1).replace("\"\"", "\"");
    }
    return n;
  }

  /** Splits {@code schema.table} into [schema or null, table], each unquoted. */
  public static String[] qualified(String name) {
    int dot = lastDotOutsideQuotes(name);
    if (dot < 0) {
      return new String[] {null, unquote(name)};
    }
    return new String[] {unquote(name.substring(0, dot)), unquote(name.substring(dot + 1))};
  }

  private static int lastDotOutsideQuotes(String s) {
    boolean quoted = false;
    int last = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        last = i;
      }
    }
    return last;
  }
}
