package dev.shipgate.status;

import dev.shipgate.history.HistoryComparison;
import dev.shipgate.history.HistoryRow;
import dev.shipgate.history.HistoryTable;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code shipgate_schema_history}, compared exactly as {@code migrate} plans. */
final class ShipgateHistoryReader {
  private ShipgateHistoryReader() {}

  static SourceState read(
      Connection c,
      boolean present,
      MigrationSet set,
      java.util.Map<dev.shipgate.migrations.MigrationFile, MigrationScript> scripts)
      throws SQLException {
    List<HistoryRow> rows = present ? HistoryTable.read(c) : List.of();
    HistoryComparison h = HistoryComparison.compare(set, rows, scripts);
    List<String> pending = new ArrayList<>(ids(h.pending()));
    pending.addAll(ids(h.repeatablesDue()));
    List<String> changed = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (HistoryComparison.Changed ch : h.changed()) {
      changed.add(ch.script().file().id());
      notes.add(
          ch.script().file().name()
              + (ch.whitespaceOnly()
                  ? " changed after it was applied (only whitespace or line endings)"
                  : " changed after it was applied (its SQL differs)"));
    }
    for (HistoryRow r : h.removed()) {
      changed.add(r.version());
      notes.add(r.name() + " is applied but its file was removed from the directory");
    }
    for (MigrationScript s : h.outOfOrder()) {
      notes.add(s.file().name() + " is pending but older than the applied " + h.current());
    }
    for (HistoryRow r : h.future()) {
      notes.add(r.name() + " is applied but newer than this directory (a newer release ran)");
    }
    List<String> failed = h.failed().stream().map(HistoryRow::version).toList();
    for (HistoryRow r : h.failed()) {
      notes.add(r.name() + " did not finish (it ran outside a transaction): check the database");
    }
    return new SourceState(h.current(), h.head(), pending, failed, changed, notes);
  }

  private static List<String> ids(List<MigrationScript> scripts) {
    return scripts.stream().map(s -> s.file().id()).toList();
  }
}
