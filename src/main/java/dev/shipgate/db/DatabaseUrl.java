package dev.shipgate.db;

import dev.shipgate.config.Redactor;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A database URL as users write it, turned into what a JDBC driver needs. Accepted forms:
 *
 * <ul>
 *   <li>{@code jdbc:postgresql://host:port/db?user=..&password=..}
 *   <li>{@code postgres://user:pw@host:port/db?sslmode=require} and {@code postgresql://...} (the
 *       libpq form that Heroku, Render, Fly and Prisma use; {@code schema=} becomes pgjdbc's {@code
 *       currentSchema})
 *   <li>{@code sqlite:path}, {@code jdbc:sqlite:path}, {@code file:path} (Prisma) and SQLAlchemy's
 *       {@code sqlite:///relative.db} / {@code sqlite:////absolute.db}; a relative path resolves
 *       against {@code baseDir}
 * </ul>
 *
 * @param kind which database
 * @param jdbcUrl the URL given to the driver; for PostgreSQL it carries no user or password
 * @param user the user, or null
 * @param password the password, or null; never printed
 * @param sqliteFile the database file for SQLite (null for {@code :memory:} and PostgreSQL)
 * @param raw the URL as written (a secret: use {@link #redacted()} to show it)
 */
public record DatabaseUrl(
    Kind kind, String jdbcUrl, String user, String password, Path sqliteFile, String raw) {

  /** The databases shipgate talks to. */
  public enum Kind {
    POSTGRESQL,
    SQLITE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Parses {@code raw}.
   *
   * @throws IllegalArgumentException with a message that names the accepted forms (the URL in it is
   *     redacted)
   */
  public static DatabaseUrl parse(String raw, Path baseDir) {
    String url = raw == null ? "" : raw.strip();
    if (url.isEmpty()) {
      throw new IllegalArgumentException("the database URL is empty");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return fromJdbcPostgres(url);
    }
    if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
      return fromLibpq(url);
    }
    if (lower.startsWith("jdbc:sqlite:")) {
      return sqlite(url.substring("jdbc:sqlite:".length()), url, baseDir);
    }
    if (lower.startsWith("sqlite:")) {
      String path = url.substring("sqlite:".length());
      if (path.startsWith("///")) {
        path = path.substring(3); // SQLAlchemy: sqlite:///rel.db, sqlite:////abs.db
      }
      return sqlite(path, url, baseDir);
    }
    if (lower.startsWith("file:")) {
      return sqlite(url.substring("file:".length()), url, baseDir);
    }
    throw new IllegalArgumentException(
        "unsupported database URL '"
            + Redactor.maskUrls(url)
            + "': use postgres://user:pw@host:5432/db, jdbc:postgresql://host/db, sqlite:path or"
            + " jdbc:sqlite:path");
  }

  /** The URL with its password masked: the only form that may be printed. */
  public String redacted() {
    String shown = Redactor.maskUrls(raw);
    if (password != null && password.length() >= 1) {
      shown = shown.replace(password, Redactor.MASK);
    }
    return shown;
  }

  /** Driver properties: user and password for PostgreSQL. */
  public Properties properties() {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    return p;
  }

  @Override
  public String toString() {
    return redacted();
  }

  private static DatabaseUrl fromJdbcPostgres(String url) {
    String rest = url.substring("jdbc:postgresql:".length());
    if (rest.startsWith("//")) {
      int at = authorityEnd(rest, 2);
      String authority = rest.substring(2, at);
      int userinfoEnd = authority.lastIndexOf('@');
      if (userinfoEnd >= 0) {
        String[] up = userinfo(authority.substring(0, userinfoEnd));
        String jdbc =
            "jdbc:postgresql://" + authority.substring(userinfoEnd + 1) + rest.substring(at);
        return withQueryCredentials(jdbc, up[0], up[1], url);
      }
    }
    return withQueryCredentials(url, null, null, url);
  }

  /** pgjdbc also reads user= and password= from the query; lift them so they are never shown. */
  private static DatabaseUrl withQueryCredentials(
      String jdbc, String user, String password, String raw) {
    int q = jdbc.indexOf('?');
    if (q < 0) {
      return new DatabaseUrl(Kind.POSTGRESQL, jdbc, user, password, null, raw);
    }
    Map<String, String> params = query(jdbc.substring(q + 1));
    String u = params.containsKey("user") ? params.remove("user") : user;
    String p = params.containsKey("password") ? params.remove("password") : password;
    return new DatabaseUrl(Kind.POSTGRESQL, jdbc.substring(0, q) + render(params), u, p, null, raw);
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
        Kind.POSTGRESQL,
        "jdbc:postgresql://" + authority + db + render(params),
        user,
        password,
        null,
        url);
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

  private static DatabaseUrl sqlite(String path, String raw, Path baseDir) {
    int q = path.indexOf('?');
    String file = q < 0 ? path : path.substring(0, q);
    if (file.isEmpty()) {
      throw new IllegalArgumentException(
          "the SQLite URL '" + raw + "' names no file; write sqlite:path/to/app.db");
    }
    if (file.equals(":memory:")) {
      return new DatabaseUrl(Kind.SQLITE, "jdbc:sqlite::memory:", null, null, null, raw);
    }
    Path resolved = baseDir.resolve(file).toAbsolutePath().normalize();
    return new DatabaseUrl(Kind.SQLITE, "jdbc:sqlite:" + resolved, null, null, resolved, raw);
  }
}
