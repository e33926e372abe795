package dev.shipgate.workflow.health;

import dev.shipgate.config.ConnectConfig;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Opens one connection (one attempt, {@code database.connect.timeout}), pings it once and closes
 * it. A refused or rejected connection is a not-ready result, not an exception.
 */
final class DatabaseCheck implements Callable<DbHealth> {
  private final DatabaseUrl url;
  private final ConnectConfig once;
  private final OpenOptions options;

  DatabaseCheck(DatabaseUrl url, ConnectConfig policy, Duration lockTimeout) {
    this.url = url;
    this.once =
        new ConnectConfig(1, policy.initialBackoff(), policy.maxBackoff(), policy.timeout());
    this.options = new OpenOptions(policy.timeout(), lockTimeout, false, "shipgate-serve");
  }

  @Override
  public DbHealth call() {
    long t0 = System.nanoTime();
    try (DbSession s = Connector.connect(url, once, options, Events.none())) {
      long latency = s.latency(1).toMillis();
      return new DbHealth(true, latency, null);
    } catch (ShipgateException e) {
      return new DbHealth(false, millisSince(t0), e.getMessage());
    } catch (SQLException e) {
      return new DbHealth(false, millisSince(t0), Connector.reason(e, url));
    }
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
