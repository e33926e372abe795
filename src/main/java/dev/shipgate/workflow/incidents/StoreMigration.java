package dev.shipgate.workflow.incidents;

import dev.shipgate.config.ConnectConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.core.Failure;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DbSession;
import dev.shipgate.migrate.LintGate;
import dev.shipgate.migrate.MigrateRequest;
import dev.shipgate.migrate.MigrateResult;
import dev.shipgate.migrate.Migrator;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.store.StoreSchema;
import java.time.Clock;
import java.time.Duration;

/**
 * The store's schema applied by shipgate's builtin runner ({@link Migrator}) into its own history
 * table: the one place that uses the runner's API for the store.
 */
public final class StoreMigration implements StoreSchema.Runner {
  public static final StoreMigration INSTANCE = new StoreMigration();

  private StoreMigration() {}

  @Override
  public void apply(DbSession session, MigrationSet set, String historyTable) {
    MigrateRequest req =
        new MigrateRequest(
            session.url(),
            set.dir(),
            set.layout(),
            false,
            null,
            true, // out of order: a version added by another feature may land after a later one
            Duration.ofSeconds(30),
            historyTable);
    // the set is shipgate's own, so no lint gate runs over it (migrate() skips it anyway)
    Migrator runner =
        new Migrator(
            new ConnectConfig(null, null, null, null),
            new LintGate(ShipgateConfig.defaults()),
            Events.none(),
            Clock.systemUTC());
    MigrateResult result = runner.migrate(session, set, req);
    if (result.failure().isPresent()) {
      Failure f = result.failure().get();
      throw new ShipgateException(f.code(), "cannot upgrade the store schema: " + f.message());
    }
  }
}
