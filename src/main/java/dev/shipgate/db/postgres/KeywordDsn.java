package dev.shipgate.db.postgres;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * libpq's keyword/value connection string: {@code host=db port=5432 dbname=app user=u
 * password='it''s'}; values may be single-quoted, with {@code \'} and {@code \\} escapes. Errors
 * never quote a value (one may be the password).
 */
final class KeywordDsn {
  private static final Pattern START = Pattern.compile("^\\s*[A-Za-z_]+\\s*=.*", Pattern.DOTALL);
  private static final Set<String> CONNECTING =
      Set.of("host", "hostaddr", "dbname", "user", "port", "password", "service");

  private KeywordDsn() {}

  /** A keyword DSN names at least one of host, hostaddr, dbname, user, port, password. */
  static boolean looksLikeOne(String s) {
    if (!START.matcher(s).matches() || s.contains("://")) {
      return false;
    }
    try {
      return parse(s).keySet().stream().anyMatch(CONNECTING::contains);
    } catch (IllegalArgumentException e) {
      return true; // a broken one: parse() says what is wrong
    }
  }

  /**
   * @throws IllegalArgumentException naming the keyword at fault, never its value
   */
  static Map<String, String> parse(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    int n = s.length();
    while (true) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return out;
      }
      int k = i;
      while (i < n && s.charAt(i) != '=' && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String key = s.substring(k, i).toLowerCase(java.util.Locale.ROOT);
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (key.isEmpty() || i >= n || s.charAt(i) != '=') {
        throw new IllegalArgumentException(
            "the connection string has '"
                + (key.isEmpty() ? "=" : key)
                + "' without a value; write keyword=value pairs separated by spaces"
                + " (host=db dbname=app user=app password=...)");
      }
      i++;
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      StringBuilder v = new StringBuilder();
      if (i < n && s.charAt(i) == '\'') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = s.charAt(i++);
          if (c == '\\' && i < n) {
            v.append(s.charAt(i++));
          } else if (c == '\'') {
            closed = true;
            break;
          } else {
            v.append(c);
          }
        }
        if (!closed) {
          throw new IllegalArgumentException(
              "the connection string's value of '" + key + "' has no closing quote");
        }
      } else {
        while (i < n && !Character.isWhitespace(s.charAt(i))) {
          char c = s.charAt(i++);
          v.append(c == '\\' && i < n ? s.charAt(i++) : c);
        }
      }
      out.put(key, v.toString());
    }
  }
}
