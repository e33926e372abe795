package dev.shipgate.schema;

import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Progress;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import java.sql.SQLException;

/** {@code schema check} and {@code schema hotpatch}: connect (with retry), read the catalog. */
public final class SchemaService {
  private SchemaService() {}

  public static SchemaReport check(ShipgateConfig config, DatabaseUrl url, Progress progress) {
    requireExpectations(config);
    try (DbSession s = open(config, url, progress)) {
      return ExpectationChecker.check(s, config.database().expect());
    } catch (SQLException e) {
      throw readFailed(url, e);
    }
  }

  /**
   * Checks the given expectations (e.g. {@code verify.minRows} as row floors) rather than {@code
   * database.expect}.
   */
  public static SchemaReport check(
      ShipgateConfig config, DatabaseUrl url, ExpectConfig expect, Progress progress) {
    try (DbSession s = open(config, url, progress)) {
      return ExpectationChecker.check(s, expect);
    } catch (SQLException e) {
      throw readFailed(url, e);
    }
  }

  /** The hot-patch for what {@link #check} finds missing, in the database's SQL dialect. */
  public static Hotpatch.Script hotpatch(
      ShipgateConfig config, DatabaseUrl url, Progress progress) {
    requireExpectations(config);
    try (DbSession s = open(config, url, progress)) {
      SchemaReport report = ExpectationChecker.check(s, config.database().expect());
      return Hotpatch.generate(report, config.database().expect(), s.database());
    } catch (SQLException e) {
      throw readFailed(url, e);
    }
  }

  private static void requireExpectations(ShipgateConfig config) {
    if (config.database().expect().isEmpty()) {
      throw ShipgateException.config(
          config.source().where("database")
              + ": nothing to check: add database.expect (tables, columns, indexes, minRows)");
    }
  }

  private static DbSession open(ShipgateConfig config, DatabaseUrl url, Progress progress) {
    OpenOptions open =
        new OpenOptions(
            config.database().connect().timeout(),
            config.migrations().lockTimeout(),
            false,
            "shipgate schema");
    return Connector.connect(url, config.database().connect(), open, progress::info);
  }

  private static ShipgateException readFailed(DatabaseUrl url, SQLException e) {
    return new ShipgateException(
        ErrorCode.DB_QUERY_FAILED,
        "cannot read the schema of " + url.redacted() + ": " + Connector.reason(e, url),
        e);
  }
}
