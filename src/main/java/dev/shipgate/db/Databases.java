package dev.shipgate.db;

import dev.shipgate.db.postgres.PostgresDatabase;
import dev.shipgate.db.sqlite.SqliteDatabase;

/** Picks the {@link Database} for a URL. */
public final class Databases {
  private Databases() {}

  public static Database forUrl(DatabaseUrl url) {
    return switch (url.kind()) {
      case POSTGRESQL -> PostgresDatabase.INSTANCE;
      case SQLITE -> SqliteDatabase.INSTANCE;
    };
  }
}
