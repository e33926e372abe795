package dev.shipgate.status;

import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flyway's {@code flyway_schema_history}. A version counts as applied when its latest row succeeded
 * (an UNDO or DELETE row after it takes it back); everything at or below a BASELINE row counts as
 * applied; checksums compare with {@link FlywayChecksum}; a repeatable whose checksum differs is
 * pending, as Flyway re-applies it.
 */
final class FlywayHistoryReader {
  /** One row of {@code flyway_schema_history}, in installed_rank order. */
  record Row(String version, String description, String type, Integer checksum, boolean ok) {}

  private FlywayHistoryReader() {}

  static SourceState judge(
      List<Row> rows, MigrationSet set, Map<MigrationFile, MigrationScript> scripts) {
    Map<Version, Row> applied = new HashMap<>();
    Map<Version, Row> failed = new LinkedHashMap<>();
    Map<String, Row> repeatables = new HashMap<>();
    Version baseline = null;
    for (Row r : rows) {
      if (r.version() == null) {
        if (r.ok()) {
          repeatables.put(r.description(), r);
        }
        continue;
      }
      Version v = Version.parse(r.version());
      String type = r.type() == null ? "" : r.type();
      if (type.equals("SCHEMA")) {
        continue;
      }
      if (type.equals("BASELINE") || type.endsWith("_BASELINE")) {
        baseline = v;
        applied.put(v, r);
      } else if (type.startsWith("UNDO") || type.equals("DELETE")) {
        applied.remove(v);
        failed.remove(v);
      } else if (r.ok()) {
        applied.put(v, r);
        failed.remove(v);
      } else {
        failed.put(v, r);
      }
    }
    List<String> pending = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<StatusNote> notes = new ArrayList<>();
    Map<Version, MigrationFile> inDir = new HashMap<>();
    MigrationFile head = null;
    for (MigrationFile f : set.migrations()) {
      if (f.skipped() || !f.isForward()) {
        continue;
      }
      int sum = FlywayChecksum.of(scripts.get(f).bytes());
      if (f.kind() == MigrationKind.REPEATABLE) {
        Row last = repeatables.get(f.description().replace('_', ' '));
        if (last == null) {
          last = repeatables.get(f.description());
        }
        if (last == null || last.checksum() == null || last.checksum() != sum) {
          pending.add(f.id());
        }
        continue;
      }
      inDir.put(f.version(), f);
      head = head == null || f.version().compareTo(head.version()) > 0 ? f : head;
      Row row = applied.get(f.version());
      if (row != null) {
        if (row.checksum() != null && row.checksum() != sum) {
          changed.add(f.id());
          notes.add(
              new StatusNote(
                  StatusNote.Kind.CHECKSUM_CHANGED,
                  f.name(),
                  row.checksum() + " in the table, " + sum + " now"));
        }
      } else if (!failed.containsKey(f.version())
          && (baseline == null || f.version().compareTo(baseline) > 0)) {
        pending.add(f.id());
      }
    }
    Version maxApplied = null;
    for (Map.Entry<Version, Row> e : applied.entrySet()) {
      if (!inDir.containsKey(e.getKey()) && !"BASELINE".equals(e.getValue().type())) {
        if (head != null && e.getKey().compareTo(head.version()) < 0) {
          changed.add(e.getValue().version());
          notes.add(
              StatusNote.of(
                  StatusNote.Kind.APPLIED_BUT_MISSING, "version " + e.getValue().version()));
        } else {
          notes.add(
              StatusNote.of(
                  StatusNote.Kind.APPLIED_BUT_NEWER, "version " + e.getValue().version()));
        }
      }
      maxApplied =
          maxApplied == null || e.getKey().compareTo(maxApplied) > 0 ? e.getKey() : maxApplied;
    }
    List<String> failedIds = failed.values().stream().map(Row::version).toList();
    String current = maxApplied == null ? null : applied.get(maxApplied).version();
    return new SourceState(
        current, head == null ? null : head.id(), pending, failedIds, changed, notes);
  }

  static List<Row> rows(Connection c) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version, description, type, checksum, success FROM flyway_schema_history"
                    + " ORDER BY installed_rank")) {
      while (rs.next()) {
        int sum = rs.getInt(4);
        rows.add(
            new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.wasNull() ? null : sum,
                rs.getBoolean(5)));
      }
    }
    return rows;
  }
}
