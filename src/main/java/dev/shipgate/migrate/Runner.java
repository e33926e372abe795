package dev.shipgate.migrate;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.Database;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.SqlStatement;
import dev.shipgate.history.HistoryRow;
import dev.shipgate.history.HistoryTable;
import dev.shipgate.history.MigrationScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
  private final String table;

  Runner(DbSession session, boolean recheck, String appliedBy, String table) {
    this.session = session;
    this.recheck = recheck;
    this.appliedBy = appliedBy;
    this.table = table;
  }

  Applied apply(Step step) {
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
          ErrorCode.MIGRATION_FAILED,
          "cannot record the baseline in " + table + ": " + Connector.reason(e, session.url()),
          e);
    }
  }

  private Applied inTransaction(Step step) {
    Database db = session.database();
    Connection c = session.connection();
    long t0 = System.nanoTime();
    SqlStatement current = null;
    try {
      db.begin(c);
      if (recheck
          && HistoryTable.recorded(
              c, table, step.version(), step.name(), step.script().checksum())) {
        db.rollback(c);
        return new Applied(step.version(), step.name(), 0, false, true);
      }
      try (Statement st = c.createStatement()) {
        st.setEscapeProcessing(false);
        for (SqlStatement s : step.statements()) {
          current = s;
          st.execute(s.sql());
        }
      }
      current = null;
      long ms = millisSince(t0);
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
      return new Applied(step.version(), step.name(), ms, false, false);
    } catch (SQLException e) {
      db.rollback(c);
      throw failure(step, current, e, "its transaction was rolled back, so none of it is applied");
    }
  }

  private Applied outsideTransaction(Step step) {
    Database db = session.database();
    Connection c = session.connection();
    long t0 = System.nanoTime();
    long rank;
    try {
      db.begin(c);
      if (recheck
          && HistoryTable.recorded(
              c, table, step.version(), step.name(), step.script().checksum())) {
        db.rollback(c);
        return new Applied(step.version(), step.name(), 0, true, true);
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
      throw failure(step, null, e, "nothing of it was applied");
    }
    SqlStatement current = null;
    try (Statement st = c.createStatement()) {
      st.setEscapeProcessing(false);
      for (SqlStatement s : step.statements()) {
        current = s;
        st.execute(s.sql());
      }
      current = null;
      long ms = millisSince(t0);
      HistoryTable.markSucceeded(c, table, rank, ms);
      return new Applied(step.version(), step.name(), ms, true, false);
    } catch (SQLException e) {
      throw failure(
          step,
          current,
          e,
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

  private ShipgateException failure(
      Step step, SqlStatement statement, SQLException e, String consequence) {
    String where = DisplayPaths.of(step.script().file().path());
    if (statement != null) {
      where += ":" + session.database().errorLine(e, statement);
    }
    String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
    return new ShipgateException(
        ErrorCode.MIGRATION_FAILED,
        where
            + ": "
            + Connector.reason(e, session.url())
            + state
            + "; "
            + consequence
            + "; fix it and rerun shipgate migrate",
        e);
  }

  private static String kind(Step step) {
    return step.repeatable() ? HistoryRow.REPEATABLE : HistoryRow.VERSIONED;
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
