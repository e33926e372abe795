package dev.shipgate.db.postgres;

import dev.shipgate.config.UrlUserinfo;
import dev.shipgate.db.DatabaseUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** Driver properties that are secrets: lifted out of the URL, never shown. */
  private static final List<String> SECRET_PROPERTIES = List.of("sslpassword");

  static boolean accepts(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("jdbc:postgresql:")
        || lower.startsWith("postgres://")
        || lower.startsWith("postgresql://")
        || KeywordDsn.looksLikeOne(url);
  }

  static DatabaseUrl parse(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return fromJdbcPostgres(url);
    }
    if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
      return fromLibpq(url);
    }
    return fromKeywords(url);
  }

  private static DatabaseUrl fromJdbcPostgres(String url) {
    String rest = url.substring("jdbc:postgresql:".length());
    if (rest.startsWith("//")) {
      int at = UrlUserinfo.connectAt(rest, 2, rest.length());
      if (at >= 0) {
        String[] up = userinfo(rest.substring(2, at));
        int end = UrlUserinfo.hostsEnd(rest, at + 1, rest.length());
        String hosts = rest.substring(at + 1, end);
        checkPorts(hosts, url);
        String jdbc = "jdbc:postgresql://" + hosts + rest.substring(end);
        return withQueryCredentials(jdbc, up[0], up[1], url);
      }
      checkPorts(rest.substring(2, UrlUserinfo.hostsEnd(rest, 2, rest.length())), url);
    }
    return withQueryCredentials(url, null, null, url);
  }

  /**
   * pgjdbc also reads user=, password= and sslpassword= from the query; lift them so they are never
   * shown.
   */
  private static DatabaseUrl withQueryCredentials(
      String jdbc, String user, String password, String raw) {
    int q = jdbc.indexOf('?');
    if (q < 0) {
      return new DatabaseUrl(PostgresDatabase.INSTANCE, jdbc, user, password, null, raw);
    }
    Map<String, String> params = query(jdbc.substring(q + 1));
    String u = params.containsKey("user") ? params.remove("user") : user;
    String p = params.containsKey("password") ? params.remove("password") : password;
    Map<String, String> secrets = liftSecrets(params);
    return new DatabaseUrl(
        PostgresDatabase.INSTANCE, jdbc.substring(0, q) + render(params), u, p, null, raw, secrets);
  }

  private static Map<String, String> liftSecrets(Map<String, String> params) {
    Map<String, String> secrets = new LinkedHashMap<>();
    for (String name : SECRET_PROPERTIES) {
      String v = params.remove(name);
      if (v != null && !v.isEmpty()) {
        secrets.put(name, v);
      }
    }
    return secrets;
  }

  /** libpq's keyword form: {@code host=db port=5432 dbname=app user=u password='p w'}. */
  private static DatabaseUrl fromKeywords(String raw) {
    Map<String, String> kv = KeywordDsn.parse(raw);
    String host = kv.remove("host");
    String hostaddr = kv.remove("hostaddr");
    if ((host == null || host.isEmpty()) && hostaddr != null) {
      host = hostaddr;
    }
    if (host == null || host.isEmpty() || host.startsWith("/")) {
      host = "localhost"; // no host or a Unix socket directory: pgjdbc speaks TCP only
    }
    String port = kv.remove("port");
    String db = kv.remove("dbname");
    String user = kv.remove("user");
    String password = kv.remove("password");
    String[] hosts = host.split(",");
    String[] ports = port == null ? new String[0] : port.split(",");
    StringBuilder authority = new StringBuilder();
    for (int i = 0; i < hosts.length; i++) {
      String h =
          hosts[i].contains(":") && !hosts[i].startsWith("[") ? "[" + hosts[i] + "]" : hosts[i];
      String p = ports.length == 0 ? null : ports[Math.min(i, ports.length - 1)];
      authority.append(i == 0 ? "" : ",").append(h).append(p == null || p.isEmpty() ? "" : ":" + p);
    }
    checkPorts(authority.toString(), raw);
    Map<String, String> params = new LinkedHashMap<>(kv);
    Map<String, String> secrets = liftSecrets(params);
    String jdbc =
        "jdbc:postgresql://"
            + authority
            + "/"
            + (db == null ? "" : java.net.URLEncoder.encode(db, StandardCharsets.UTF_8))
            + render(params);
    return new DatabaseUrl(PostgresDatabase.INSTANCE, jdbc, user, password, null, raw, secrets);
  }

  private static DatabaseUrl fromLibpq(String url) {
    int start = url.indexOf("://") + 3;
    int userinfoEnd = UrlUserinfo.connectAt(url, start, url.length());
    String user = null;
    String password = null;
    int hostsStart = start;
    if (userinfoEnd >= 0) {
      String[] up = userinfo(url.substring(start, userinfoEnd));
      user = up[0];
      password = up[1];
      hostsStart = userinfoEnd + 1;
    }
    int end = UrlUserinfo.hostsEnd(url, hostsStart, url.length());
    String authority = url.substring(hostsStart, end);
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
    Map<String, String> secrets = liftSecrets(params);
    return new DatabaseUrl(
        PostgresDatabase.INSTANCE,
        "jdbc:postgresql://" + authority + db + render(params),
        user,
        password,
        null,
        url,
        secrets);
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

  /** Percent-decoded; a stray {@code %} (common in unencoded passwords) is kept as written. */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s; // its message would quote the text
    }
  }
}
