package dev.shipgate.db;

import dev.shipgate.config.Redactor;
import dev.shipgate.db.postgres.PostgresDatabase;
import dev.shipgate.db.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The databases shipgate talks to, and which one a URL is for. */
public final class Databases {
  private static final List<Database> ALL =
      List.of(PostgresDatabase.INSTANCE, SqliteDatabase.INSTANCE);

  private Databases() {}

  /**
   * @throws IllegalArgumentException naming every accepted form when no database takes the URL
   */
  public static DatabaseUrl parse(String raw, Path baseDir) {
    String url = raw == null ? "" : raw.strip();
    if (url.isEmpty()) {
      throw new IllegalArgumentException("the database URL is empty");
    }
    for (Database db : ALL) {
      if (db.accepts(url)) {
        return db.parseUrl(url, baseDir);
      }
    }
    throw new IllegalArgumentException(
        "unsupported database URL '"
            + Redactor.maskUrls(url)
            + "': use "
            + ALL.stream().map(Database::urlForms).collect(Collectors.joining(", ")));
  }

  public static Database forUrl(DatabaseUrl url) {
    return url.database();
  }
}
