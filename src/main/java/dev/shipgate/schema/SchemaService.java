package dev.shipgate.schema;

import dev.shipgate.config.ConfigSource;
import dev.shipgate.config.ConnectConfig;
import dev.shipgate.config.ExpectConfig;
import dev.shipgate.core.ErrorClass;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import java.sql.SQLException;
import java.time.Duration;

/** {@code schema check} and {@code schema hotpatch}: connect (with retry), read the catalog. */
public final class SchemaService {
  private final ConnectConfig connect;
  private final Duration lockTimeout;
  private final Events events;

  /**
   * @param lockTimeout how long a read may wait for a writer's lock (SQLite's busy timeout)
   */
  public SchemaService(ConnectConfig connect, Duration lockTimeout, Events events) {
    this.connect = connect;
    this.lockTimeout = lockTimeout;
    this.events = events;
  }

  /**
   * Checks {@code expect}; the database being down or a failing query is the result's failure.
   *
   * @throws ShipgateException {@code CONFIG_INVALID} when nothing is expected
   */
  public SchemaCheck check(DatabaseUrl url, ExpectConfig expect, ConfigSource source) {
    requireExpectations(expect, source);
    try (DbSession s = open(url)) {
      return new SchemaCheck(read(s, url, expect), null);
    } catch (ShipgateException e) {
      if (e.code().errorClass() != ErrorClass.GATE_FAILED) {
        throw e;
      }
      return SchemaCheck.failed(e.failure());
    }
  }

  /**
   * The hot-patch for what {@link #check} finds missing, in the database's SQL dialect.
   *
   * @throws ShipgateException when the database cannot be read, or nothing is expected
   */
  public Hotpatch.Script hotpatch(DatabaseUrl url, ExpectConfig expect, ConfigSource source) {
    requireExpectations(expect, source);
    try (DbSession s = open(url)) {
      return Hotpatch.generate(read(s, url, expect), expect, s.database());
    }
  }

  private static SchemaReport read(DbSession s, DatabaseUrl url, ExpectConfig expect) {
    try {
      return ExpectationChecker.check(s, expect);
    } catch (SQLException e) {
      throw new ShipgateException(
          ErrorCode.DB_QUERY_FAILED,
          "cannot read the schema of " + url.redacted() + ": " + Connector.reason(e, url),
          e);
    }
  }

  private static void requireExpectations(ExpectConfig expect, ConfigSource source) {
    if (expect.isEmpty()) {
      throw ShipgateException.config(
          source.where("database")
              + ": nothing to check: add database.expect (tables, columns, indexes, minRows)");
    }
  }

  private DbSession open(DatabaseUrl url) {
    OpenOptions open = new OpenOptions(connect.timeout(), lockTimeout, false, "shipgate schema");
    return Connector.connect(url, connect, open, events);
  }
}
