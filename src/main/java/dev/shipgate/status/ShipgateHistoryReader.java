package dev.shipgate.status;

import dev.shipgate.history.HistoryComparison;
import dev.shipgate.history.HistoryRow;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code shipgate_schema_history}, compared exactly as {@code migrate} plans ({@link
 * HistoryComparison}). The rows are read by {@code HistoryTable.read}; this class only judges them.
 */
final class ShipgateHistoryReader {
  private ShipgateHistoryReader() {}

  static SourceState judge(
      List<HistoryRow> rows, MigrationSet set, Map<MigrationFile, MigrationScript> scripts) {
    HistoryComparison h = HistoryComparison.compare(set, rows, scripts);
    List<String> pending = new ArrayList<>(ids(h.pending()));
    pending.addAll(ids(h.repeatablesDue()));
    List<String> changed = new ArrayList<>();
    List<StatusNote> notes = new ArrayList<>();
    for (HistoryComparison.Changed ch : h.changed()) {
      changed.add(ch.script().file().id());
      notes.add(
          StatusNote.of(
              ch.whitespaceOnly()
                  ? StatusNote.Kind.CHANGED_WHITESPACE_ONLY
                  : StatusNote.Kind.CHANGED,
              ch.script().file().name()));
    }
    for (HistoryRow r : h.removed()) {
      changed.add(r.version());
      notes.add(StatusNote.of(StatusNote.Kind.APPLIED_BUT_MISSING, r.name()));
    }
    for (MigrationScript s : h.outOfOrder()) {
      notes.add(new StatusNote(StatusNote.Kind.PENDING_OUT_OF_ORDER, s.file().name(), h.current()));
    }
    for (HistoryRow r : h.future()) {
      notes.add(StatusNote.of(StatusNote.Kind.APPLIED_BUT_NEWER, r.name()));
    }
    List<String> failed = h.failed().stream().map(HistoryRow::version).toList();
    for (HistoryRow r : h.failed()) {
      notes.add(StatusNote.of(StatusNote.Kind.NOT_FINISHED, r.name()));
    }
    return new SourceState(h.current(), h.head(), pending, failed, changed, notes);
  }

  private static List<String> ids(List<MigrationScript> scripts) {
    return scripts.stream().map(s -> s.file().id()).toList();
  }
}
