package dev.shipgate.workflow;

import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DbSession;
import dev.shipgate.schema.ExpectationChecker;
import dev.shipgate.schema.SchemaReport;
import dev.shipgate.status.HistoryStatus;
import dev.shipgate.status.StatusService;
import java.sql.SQLException;

/**
 * {@code status}: the migration history ({@link StatusService}) and the schema expectations ({@link
 * ExpectationChecker}) over one connection. {@code verify} and the ops server use it too.
 */
public final class StatusWorkflow {
  private final StatusService status;
  private final ExpectConfig expect;

  public StatusWorkflow(StatusService status, ExpectConfig expect) {
    this.status = status;
    this.expect = expect;
  }

  /** The status service the config describes. */
  public static StatusWorkflow of(ShipgateConfig config, Events events) {
    return new StatusWorkflow(statusService(config, events), config.database().expect());
  }

  static StatusService statusService(ShipgateConfig config, Events events) {
    return new StatusService(
        config.database().connect(),
        config.migrations().lockTimeout(),
        config.migrations().skip(),
        events);
  }

  public StatusReport run(StatusService.Request req) {
    try (StatusService.Prepared p = status.prepare(req)) {
      HistoryStatus history = status.read(p);
      return new StatusReport(history, check(p.session(), expect));
    }
  }

  /** {@code expect} over an open session; a failing query is {@code DB_QUERY_FAILED}. */
  static SchemaReport check(DbSession session, ExpectConfig expect) {
    try {
      return ExpectationChecker.check(session, expect);
    } catch (SQLException e) {
      throw new ShipgateException(
          ErrorCode.DB_QUERY_FAILED,
          "cannot read the schema of "
              + session.url().redacted()
              + ": "
              + Connector.reason(e, session.url()),
          e);
    }
  }
}
