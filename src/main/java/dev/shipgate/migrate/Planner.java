package dev.shipgate.migrate;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Database;
import dev.shipgate.db.ServerInfo;
import dev.shipgate.db.SqlSplitter;
import dev.shipgate.db.SqlStatement;
import dev.shipgate.history.HistoryComparison;
import dev.shipgate.history.HistoryRow;
import dev.shipgate.history.HistoryTable;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a {@link HistoryComparison} into a {@link Plan}, or refuses: an applied file that changed,
 * a file that did not finish last time, an applied file that was removed, and (unless allowed) a
 * new file older than what is applied all stop the run before anything is applied.
 */
final class Planner {
  private static final Pattern BEGIN =
      Pattern.compile(
          "(BEGIN( (TRANSACTION|WORK|DEFERRED|IMMEDIATE|EXCLUSIVE))*|START TRANSACTION.*)");
  private static final Pattern COMMIT = Pattern.compile("(COMMIT|END)( (TRANSACTION|WORK))?");
  private static final Pattern OTHER_CONTROL =
      Pattern.compile("(ROLLBACK( (TRANSACTION|WORK))?|COMMIT PREPARED .*|PREPARE TRANSACTION .*)");

  private Planner() {}

  static Plan plan(
      MigrationSet set,
      List<HistoryRow> rows,
      Database db,
      ServerInfo server,
      Version baseline,
      boolean allowOutOfOrder) {
    HistoryComparison h = HistoryComparison.compare(set, rows);
    refuseUnsafe(set, h, allowOutOfOrder && baseline == null);
    List<MigrateEvents.NewerVersionApplied> warnings = new ArrayList<>();
    for (HistoryRow r : h.future()) {
      warnings.add(new MigrateEvents.NewerVersionApplied(r.version(), r.name(), h.head()));
    }
    List<MigrationScript> toBaseline = new ArrayList<>();
    List<MigrationScript> pending = new ArrayList<>(h.pending());
    if (baseline != null) {
      if (!rows.isEmpty()) {
        throw new ShipgateException(
            ErrorCode.MIGRATION_REFUSED,
            "--baseline is only for a database without shipgate history, but "
                + HistoryTable.NAME
                + " already has "
                + rows.size()
                + " rows; drop --baseline");
      }
      pending.removeIf(
          s -> {
            boolean base = s.file().version().compareTo(baseline) <= 0;
            if (base) {
              toBaseline.add(s);
            }
            return base;
          });
      if (toBaseline.isEmpty()) {
        throw ShipgateException.usage(
            "--baseline " + baseline + " matches no migration in " + DisplayPaths.of(set.dir()));
      }
    }
    SqlSplitter splitter = new SqlSplitter(db.splitRules());
    List<Step> steps = new ArrayList<>();
    for (MigrationScript s : pending) {
      steps.add(step(s, splitter, db, server));
    }
    for (MigrationScript s : h.repeatablesDue()) {
      steps.add(step(s, splitter, db, server));
    }
    return new Plan(List.copyOf(steps), List.copyOf(toBaseline), List.copyOf(warnings), h);
  }

  private static void refuseUnsafe(MigrationSet set, HistoryComparison h, boolean allowOutOfOrder) {
    if (!h.failed().isEmpty()) {
      HistoryRow r = h.failed().get(0);
      throw gate(
          r.name()
              + " did not finish when it ran at "
              + r.appliedAt()
              + " (it runs outside a transaction, so part of it may be applied): check the"
              + " database, then delete its marker (DELETE FROM "
              + HistoryTable.NAME
              + " WHERE version = '"
              + r.version()
              + "' AND NOT success) and rerun");
    }
    if (!h.changed().isEmpty()) {
      HistoryComparison.Changed c = h.changed().get(0);
      String more = h.changed().size() > 1 ? " (and " + (h.changed().size() - 1) + " more)" : "";
      throw gate(
          DisplayPaths.of(c.script().file().path())
              + " was changed after it was applied at "
              + c.row().appliedAt()
              + more
              + (c.whitespaceOnly()
                  ? ": only whitespace or line endings differ; restore the applied bytes (git"
                      + " checkout, and check .gitattributes eol settings)"
                  : ": its SQL differs from what the database ran; restore it (git checkout) and"
                      + " put the change in a new migration"));
    }
    if (!h.removed().isEmpty()) {
      HistoryRow r = h.removed().get(0);
      throw gate(
          "version "
              + r.version()
              + " ("
              + r.name()
              + ") is applied but its file is missing from "
              + DisplayPaths.of(set.dir())
              + ": restore it from version control");
    }
    if (!h.outOfOrder().isEmpty() && !allowOutOfOrder) {
      MigrationScript s = h.outOfOrder().get(0);
      throw gate(
          s.file().name()
              + " (version "
              + s.file().id()
              + ") is new but "
              + h.current()
              + " is already applied, so databases would differ in the order they ran: give it"
              + " a version after "
              + h.current()
              + ", or pass --out-of-order to apply it anyway");
    }
  }

  static Step step(MigrationScript s, SqlSplitter splitter, Database db, ServerInfo server) {
    List<SqlStatement> statements = new ArrayList<>(splitter.split(s.text()));
    if (statements.size() >= 2
        && BEGIN.matcher(statements.get(0).head()).matches()
        && COMMIT.matcher(statements.get(statements.size() - 1).head()).matches()) {
      statements.remove(statements.size() - 1);
      statements.remove(0);
    }
    String outside = null;
    for (SqlStatement st : statements) {
      Optional<String> reason = db.outsideTransactionReason(st, server);
      if (reason.isPresent()) {
        outside = reason.get();
        break;
      }
    }
    if (outside == null) {
      // a file that runs outside a transaction may manage its own (e.g. SQLite table rebuilds)
      for (SqlStatement st : statements) {
        String head = st.head();
        if (BEGIN.matcher(head).matches()
            || COMMIT.matcher(head).matches()
            || OTHER_CONTROL.matcher(head).matches()) {
          throw gate(
              DisplayPaths.of(s.file().path())
                  + ":"
                  + st.line()
                  + ": "
                  + head
                  + " would end shipgate's transaction early; remove it (each file already runs"
                  + " in its own transaction)");
        }
      }
    }
    return new Step(s, List.copyOf(statements), outside);
  }

  private static ShipgateException gate(String message) {
    return new ShipgateException(ErrorCode.MIGRATION_REFUSED, message);
  }
}
