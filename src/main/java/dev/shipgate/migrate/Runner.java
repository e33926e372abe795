package dev.shipgate.migrate;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Interruption;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.Database;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.SqlStatement;
import dev.shipgate.history.HistoryRow;
import dev.shipgate.history.HistoryTable;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrate.StepResult.Outcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * Applies one {@link Step} at a time. In a transaction: begin, (re-check when the lock is not
 * exclusive), each statement, the history row, commit; any error rolls all of it back. Outside a
 * transaction: a history row with success = false first, each statement in autocommit, then the row
 * is marked successful; an error leaves the marker, which stops later runs until a person has
 * looked at the database.
 */
final class Runner {
  private final DbSession session;
  private final boolean recheck;
  private final String appliedBy;
  private final Clock clock;
  private final String table;

  Runner(DbSession session, boolean recheck, String appliedBy, Clock clock, String table) {
    this.session = session;
    this.recheck = recheck;
    this.appliedBy = appliedBy;
    this.clock = clock;
    this.table = table;
  }

  /**
   * @throws StepFailure when the file fails on the database
   */
  StepResult apply(Step step) {
    return step.outsideTransaction() == null ? inTransaction(step) : outsideTransaction(step);
  }

  void baseline(List<MigrationScript> scripts) {
    Database db = session.database();
    Connection c = session.connection();
    try {
      db.begin(c);
      for (MigrationScript s : scripts) {
        HistoryTable.insert(
            c,
            table,
            s.file().id(),
            s.file().name(),
            HistoryRow.BASELINE,
            s.checksum(),
            s.wsChecksum(),
            0,
            true,
            appliedBy);
      }
      db.commit(c);
    } catch (SQLException e) {
      db.rollback(c);
      throw new ShipgateException(
          ErrorCode.DB_QUERY_FAILED,
          "cannot record the baseline in " + table + ": " + Connector.reason(e, session.url()),
          e);
    }
  }

  private StepResult inTransaction(Step step) {
    Database db = session.database();
    Connection c = session.connection();
    long t0 = clock.millis();
    SqlStatement current = null;
    try {
      db.begin(c);
      if (recheck
          && HistoryTable.recorded(
              c, table, step.version(), step.name(), step.script().checksum())) {
        db.rollback(c);
        return result(step, Outcome.APPLIED_BY_OTHER_RUN, 0);
      }
      try (Statement st = c.createStatement()) {
        st.setEscapeProcessing(false);
        for (SqlStatement s : step.statements()) {
          current = s;
          execute(st, step, s);
        }
      }
      current = null;
      long ms = clock.millis() - t0;
      HistoryTable.insert(
          c,
          table,
          step.version(),
          step.name(),
          kind(step),
          step.script().checksum(),
          step.script().wsChecksum(),
          ms,
          true,
          appliedBy);
      db.commit(c);
      return result(step, Outcome.APPLIED, ms);
    } catch (SQLException e) {
      db.rollback(c);
      Interruption.note("rolled back its transaction");
      throw failure(
          step, current, e, null, "its transaction was rolled back, so none of it is applied");
    }
  }

  /**
   * Runs one statement; a signal meanwhile cancels it on the server ({@code Statement.cancel}), so
   * it does not run on after shipgate is gone, holding its locks.
   */
  private static void execute(Statement st, Step step, SqlStatement s) throws SQLException {
    String what = "applying " + DisplayPaths.of(step.script().file().path());
    try (var running = Interruption.during(what, () -> cancel(st))) {
      st.execute(s.sql());
    }
  }

  private static void cancel(Statement st) {
    try {
      st.cancel();
      Interruption.note("cancelled its statement on the server");
    } catch (SQLException e) {
      Interruption.note("could not cancel its statement (" + e.getSQLState() + ")");
    }
  }

  private StepResult outsideTransaction(Step step) {
    Database db = session.database();
    Connection c = session.connection();
    long t0 = clock.millis();
    long rank;
    try {
      db.begin(c);
      if (recheck
          && HistoryTable.recorded(
              c, table, step.version(), step.name(), step.script().checksum())) {
        db.rollback(c);
        return result(step, Outcome.APPLIED_BY_OTHER_RUN, 0);
      }
      rank =
          HistoryTable.insert(
              c,
              table,
              step.version(),
              step.name(),
              kind(step),
              step.script().checksum(),
              step.script().wsChecksum(),
              0,
              false,
              appliedBy);
      db.commit(c);
    } catch (SQLException e) {
      db.rollback(c);
      throw failure(step, null, e, null, "nothing of it was applied");
    }
    SqlStatement current = null;
    try (Statement st = c.createStatement()) {
      st.setEscapeProcessing(false);
      for (SqlStatement s : step.statements()) {
        current = s;
        execute(st, step, s);
      }
      current = null;
      long ms = clock.millis() - t0;
      HistoryTable.markSucceeded(c, table, rank, ms);
      return result(step, Outcome.APPLIED, ms);
    } catch (SQLException e) {
      Interruption.note(
          "left its marker row (installed_rank " + rank + ") for the statements already applied");
      throw failure(
          step,
          current,
          e,
          rank,
          "it runs outside a transaction ("
              + step.outsideTransaction()
              + "), so the statements before this one are applied; check the database, delete"
              + " its marker row (DELETE FROM "
              + table
              + " WHERE installed_rank = "
              + rank
              + ") and rerun");
    }
  }

  private static StepResult result(Step step, Outcome outcome, long ms) {
    return new StepResult(
        step.name(),
        step.script().file().path(),
        step.version(),
        outcome,
        ms,
        step.outsideTransaction());
  }

  private StepFailure failure(
      Step step, SqlStatement statement, SQLException e, Long markerRank, String consequence) {
    Integer line = statement == null ? null : session.database().errorLine(e, statement);
    String reason = Connector.reason(e, session.url());
    FailedStep failed =
        new FailedStep(
            step.name(),
            step.script().file().path(),
            line,
            e.getSQLState(),
            reason,
            markerRank != null && statement != null,
            markerRank);
    String where = DisplayPaths.of(step.script().file().path()) + (line == null ? "" : ":" + line);
    String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
    return new StepFailure(
        failed,
        where + ": " + reason + state + "; " + consequence + "; fix it and rerun shipgate migrate",
        e);
  }

  private static String kind(Step step) {
    return step.repeatable() ? HistoryRow.REPEATABLE : HistoryRow.VERSIONED;
  }
}
