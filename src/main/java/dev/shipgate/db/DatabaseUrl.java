package dev.shipgate.db;

import dev.shipgate.config.Redactor;
import java.nio.file.Path;
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
 */
public record DatabaseUrl(
    Database database, String jdbcUrl, String user, String password, Path file, String raw) {

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
    String shown = Redactor.maskUrls(raw);
    if (password != null && password.length() >= 1) {
      shown = shown.replace(password, Redactor.MASK);
    }
    return shown;
  }

  /** Driver properties: user and password. */
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
}
