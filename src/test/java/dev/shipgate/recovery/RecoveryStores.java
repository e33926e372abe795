package dev.shipgate.recovery;

import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.store.Store;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.workflow.incidents.StoreMigration;
import java.nio.file.Path;

/** A store URL for a test: a SQLite file in a temp dir, or a fresh embedded PostgreSQL database. */
final class RecoveryStores {
  private RecoveryStores() {}

  static String url(String kind, Path dir) {
    return kind.equals("sqlite")
        ? "sqlite:" + dir.resolve("store.db")
        : EmbeddedPg.newDatabase().url();
  }

  static Store open(String url, Path dir) {
    return Store.open(DatabaseUrl.parse(url, dir), StoreMigration.INSTANCE);
  }
}
