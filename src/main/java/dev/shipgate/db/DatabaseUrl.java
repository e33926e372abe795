package dev.shipgate.db;

import dev.shipgate.config.Redactor;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A database URL as users write it, turned into what a JDBC driver needs. Each {@link Database}
 * knows its own URL forms ({@link Databases#parse} asks each in turn).
 *
 * @param database the database this URL is for
 * @param jdbcUrl the URL given to the driver; it carries no user or password
 * @param user the user, or null
 * @param password the password, or null; never printed
 * @param file the database file, for databases kept in a file (null otherwise, and for {@code
 *     :memory:})
 * @param raw the URL as written (a secret: use {@link #redacted()} to show it)
 * @param secretProperties other secret driver properties lifted out of the URL (e.g. pgjdbc's
 *     {@code sslpassword}); never printed
 */
public record DatabaseUrl(
    Database database,
    String jdbcUrl,
    String user,
    String password,
    Path file,
    String raw,
    Map<String, String> secretProperties) {

  public DatabaseUrl {
    secretProperties = secretProperties == null ? Map.of() : Map.copyOf(secretProperties);
  }

  public DatabaseUrl(
      Database database, String jdbcUrl, String user, String password, Path file, String raw) {
    this(database, jdbcUrl, user, password, file, raw, Map.of());
  }

  /**
   * Parses {@code raw} with whichever database accepts its form.
   *
   * @throws IllegalArgumentException with a message that names the accepted forms (the URL in it is
   *     redacted)
   */
  public static DatabaseUrl parse(String raw, Path baseDir) {
    return Databases.parse(raw, baseDir);
  }

  /** {@code postgresql}, {@code sqlite}: which database, for JSON and messages. */
  public String kind() {
    return database.id();
  }

  /** The URL with its password masked: the only form that may be printed. */
  public String redacted() {
    return masking().redact(raw);
  }

  /** A redactor that masks this URL's credentials (its password and secret properties). */
  public Redactor masking() {
    Redactor r = Redactor.urlsOnly().withUrl(raw);
    if (password != null && !password.isEmpty()) {
      r = r.withSecret(password);
    }
    for (String v : secretProperties.values()) {
      r = r.withSecret(v);
    }
    return r;
  }

  /** Driver properties: user, password and the other secret ones. */
  public Properties properties() {
    Properties p = new Properties();
    secretProperties.forEach(p::setProperty);
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
}
