package dev.shipgate.db.postgres;

import dev.shipgate.db.DatabaseUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL's URL forms: {@code jdbc:postgresql://host:port/db?user=..&password=..} and the libpq
 * form {@code postgres://user:pw@host:port/db?sslmode=require} / {@code postgresql://...} (Heroku,
 * Render, Fly and Prisma use it; {@code schema=} becomes pgjdbc's {@code currentSchema}). User and
 * password are lifted out of the JDBC URL so they travel only as driver properties.
 */
final class PostgresUrls {
  private PostgresUrls() {}

  static boolean accepts(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("jdbc:postgresql:")
        || lower.startsWith("postgres://")
        || lower.startsWith("postgresql://");
  }

  static DatabaseUrl parse(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")
        ? fromJdbcPostgres(url)
        : fromLibpq(url);
  }

  private static DatabaseUrl fromJdbcPostgres(String url) {
    String rest = url.substring("jdbc:postgresql:".length());
    if (rest.startsWith("//")) {
      int at = authorityEnd(rest, 2);
      String authority = rest.substring(2, at);
      int userinfoEnd = authority.lastIndexOf('@');
      if (userinfoEnd >= 0) {
        String[] up = userinfo(authority.substring(0, userinfoEnd));
        String hosts = authority.substring(userinfoEnd + 1);
        checkPorts(hosts, url);
        String jdbc = "jdbc:postgresql://" + hosts + rest.substring(at);
        return withQueryCredentials(jdbc, up[0], up[1], url);
      }
      checkPorts(authority, url);
    }
    return withQueryCredentials(url, null, null, url);
  }

  /** pgjdbc also reads user= and password= from the query; lift them so they are never shown. */
  private static DatabaseUrl withQueryCredentials(
      String jdbc, String user, String password, String raw) {
    int q = jdbc.indexOf('?');
    if (q < 0) {
      return new DatabaseUrl(PostgresDatabase.INSTANCE, jdbc, user, password, null, raw);
    }
    Map<String, String> params = query(jdbc.substring(q + 1));
    String u = params.containsKey("user") ? params.remove("user") : user;
    String p = params.containsKey("password") ? params.remove("password") : password;
    return new DatabaseUrl(
        PostgresDatabase.INSTANCE, jdbc.substring(0, q) + render(params), u, p, null, raw);
  }

  private static DatabaseUrl fromLibpq(String url) {
    int start = url.indexOf("://") + 3;
    int end = authorityEnd(url, start);
    String authority = url.substring(start, end);
    String user = null;
    String password = null;
    int userinfoEnd = authority.lastIndexOf('@');
    if (userinfoEnd >= 0) {
      String[] up = userinfo(authority.substring(0, userinfoEnd));
      user = up[0];
      password = up[1];
      authority = authority.substring(userinfoEnd + 1);
    }
    if (authority.isEmpty()) {
      authority = "localhost";
    }
    checkPorts(authority, url);
    String rest = url.substring(end);
    String path = rest;
    Map<String, String> params = new LinkedHashMap<>();
    int q = rest.indexOf('?');
    if (q >= 0) {
      path = rest.substring(0, q);
      params = query(rest.substring(q + 1));
    }
    if (params.containsKey("schema")) {
      params.put("currentSchema", params.remove("schema")); // Prisma's spelling
    }
    if (params.containsKey("user")) {
      user = params.remove("user");
    }
    if (params.containsKey("password")) {
      password = params.remove("password");
    }
    String db = path.isEmpty() ? "/" : path;
    return new DatabaseUrl(
        PostgresDatabase.INSTANCE,
        "jdbc:postgresql://" + authority + db + render(params),
        user,
        password,
        null,
        url);
  }

  /**
   * {@code host[:port][,host[:port]...]}: a port must be a number from 1 to 65535, or the URL is
   * the user's mistake (64/78), not a database that is down.
   */
  private static void checkPorts(String hosts, String url) {
    for (String host : hosts.split(",")) {
      int colon = host.lastIndexOf(':');
      if (colon < 0 || host.endsWith("]")) {
        continue; // no port, or a bare IPv6 literal
      }
      String port = host.substring(colon + 1);
      boolean ok =
          !port.isEmpty() && port.length() <= 5 && port.chars().allMatch(Character::isDigit);
      if (!ok || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
        throw new IllegalArgumentException(
            "the port '"
                + port
                + "' in "
                + dev.shipgate.config.Redactor.maskUrls(url)
                + " is not a number from 1 to 65535");
      }
    }
  }

  private static int authorityEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?') {
        return i;
      }
    }
    return s.length();
  }

  private static String[] userinfo(String info) {
    int colon = info.indexOf(':');
    String user = colon < 0 ? info : info.substring(0, colon);
    String password = colon < 0 ? null : info.substring(colon + 1);
    return new String[] {decode(user), password == null ? null : decode(password)};
  }

  private static Map<String, String> query(String q) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : q.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(decode(k), decode(v));
    }
    return params;
  }

  private static String render(Map<String, String> params) {
    if (params.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : params.entrySet()) {
      sb.append(sb.isEmpty() ? '?' : '&')
          .append(java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
