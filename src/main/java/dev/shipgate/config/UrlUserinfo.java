package dev.shipgate.config;

import java.util.regex.Pattern;

/**
 * Where the userinfo ({@code user:password@}) of a URL ends, read by structure rather than by the
 * strict URL grammar: passwords are often written with {@code /}, {@code ?} or {@code @} unencoded
 * ({@code postgres://u:CAN/ARY@host/db}, {@code postgresql://u:CANARY?x@host/db}, {@code
 * postgres://u:CAN@ARY@host/db}), and a strict parser then takes part of the password for the host
 * or the path. The database URL parser and the redactor share these rules, so what is sent as a
 * password is exactly what is masked.
 */
public final class UrlUserinfo {
  /**
   * One host list: {@code host[:port][,host[:port]...]}, hosts possibly empty or [IPv6]; a port of
   * any text (a bad port is reported as such, and must not make the password look like a host).
   */
  private static final Pattern HOSTS =
      Pattern.compile(
          "(?:\\[[0-9A-Za-z:.%]*]|[A-Za-z0-9._%~-]*)(?::[^/?#,@\\s]*)?"
              + "(?:,(?:\\[[0-9A-Za-z:.%]*]|[A-Za-z0-9._%~-]*)(?::[^/?#,@\\s]*)?)*");

  private UrlUserinfo() {}

  /**
   * For display: the {@code @} that ends the userinfo of the URL in {@code s[start, end)} ({@code
   * start} just after {@code ://}), or -1. It is the last {@code @} after which a host list
   * follows: when in doubt, more is masked, never less.
   */
  public static int lastAt(String s, int start, int end) {
    for (int at = s.lastIndexOf('@', end - 1); at >= start; at = s.lastIndexOf('@', at - 1)) {
      if (hostsFollow(s, at + 1, end)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * For connecting: as {@link #lastAt}, except that an {@code @} inside a query value ({@code
   * postgres://u:pw@host/db?application_name=a@b}) does not end the userinfo when the URL reads
   * well without it.
   */
  public static int connectAt(String s, int start, int end) {
    int last = lastAt(s, start, end);
    int strictEnd = strictAuthorityEnd(s, start, end);
    int strictAt = s.lastIndexOf('@', strictEnd - 1);
    if (strictAt >= start && hostsFollow(s, strictAt + 1, end) && last > strictEnd) {
      String between = s.substring(strictEnd, last);
      if (between.indexOf('?') >= 0 && between.indexOf('=') >= 0) {
        return strictAt;
      }
    }
    return last;
  }

  /**
   * The end of the host list that starts at {@code from}: the next {@code /}, {@code ?}, {@code #}.
   */
  public static int hostsEnd(String s, int from, int end) {
    return strictAuthorityEnd(s, from, end);
  }

  private static boolean hostsFollow(String s, int from, int end) {
    return HOSTS.matcher(s.substring(from, hostsEnd(s, from, end))).matches();
  }

  private static int strictAuthorityEnd(String s, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return i;
      }
    }
    return end;
  }
}
