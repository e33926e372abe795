package dev.shipgate.db.sqlite;

import dev.shipgate.db.DatabaseUrl;
import java.nio.file.Path;
import java.util.Locale;

/**
 * SQLite's URL forms: {@code sqlite:path}, {@code jdbc:sqlite:path}, {@code file:path} (Prisma) and
 * SQLAlchemy's {@code sqlite:///relative.db} / {@code sqlite:////absolute.db}; a relative path
 * resolves against the base directory (the config file's, or the working directory for {@code
 * --url}).
 */
final class SqliteUrls {
  private SqliteUrls() {}

  static boolean accepts(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("jdbc:sqlite:")
        || lower.startsWith("sqlite:")
        || lower.startsWith("file:");
  }

  static DatabaseUrl parse(String url, Path baseDir) {
    String lower = url.toLowerCase(Locale.ROOT);
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
    return sqlite(url.substring("file:".length()), url, baseDir);
  }

  private static DatabaseUrl sqlite(String path, String raw, Path baseDir) {
    int q = path.indexOf('?');
    String file = q < 0 ? path : path.substring(0, q);
    if (file.isEmpty()) {
      throw new IllegalArgumentException(
          "the SQLite URL '" + raw + "' names no file; write sqlite:path/to/app.db");
    }
    if (file.equals(":memory:")) {
      return new DatabaseUrl(
          SqliteDatabase.INSTANCE, "jdbc:sqlite::memory:", null, null, null, raw);
    }
    Path resolved = baseDir.resolve(file).toAbsolutePath().normalize();
    return new DatabaseUrl(
        SqliteDatabase.INSTANCE, "jdbc:sqlite:" + resolved, null, null, resolved, raw);
  }
}
