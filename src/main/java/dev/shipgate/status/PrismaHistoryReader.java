package dev.shipgate.status;

import dev.shipgate.history.Checksums;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prisma's {@code _prisma_migrations}. A folder is applied when a row for it finished and was not
 * rolled back; a row that neither finished nor was rolled back is a failed migration (Prisma's
 * P3009). The checksum is SHA-256 of migration.sql; like Prisma, shipgate also accepts the checksum
 * of the file with its other line endings.
 */
final class PrismaHistoryReader {
  /** One row of {@code _prisma_migrations}, in started_at order. */
  record Row(String name, String checksum, boolean finished, boolean rolledBack) {}

  private PrismaHistoryReader() {}

  static SourceState judge(
      List<Row> rows, MigrationSet set, Map<MigrationFile, MigrationScript> scripts) {
    Map<String, Row> applied = new LinkedHashMap<>();
    Set<String> failed = new LinkedHashSet<>();
    for (Row r : rows) {
      if (r.finished() && !r.rolledBack()) {
        applied.put(r.name(), r);
        failed.remove(r.name());
      } else if (!r.finished() && !r.rolledBack()) {
        failed.add(r.name());
      }
    }
    List<String> pending = new ArrayList<>();
    List<String> failedIds = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<StatusNote> notes = new ArrayList<>();
    Set<String> inDir = new HashSet<>();
    String head = null;
    String current = null;
    for (MigrationFile f : set.migrations()) {
      if (f.skipped()) {
        continue;
      }
      inDir.add(f.name());
      head = f.id();
      Row row = applied.get(f.name());
      if (failed.contains(f.name())) {
        failedIds.add(f.id());
        notes.add(StatusNote.of(StatusNote.Kind.PRISMA_FAILED, f.name()));
      } else if (row == null) {
        pending.add(f.id());
      } else {
        current = f.id();
        if (!matches(scripts.get(f).bytes(), row.checksum())) {
          changed.add(f.id());
          notes.add(StatusNote.of(StatusNote.Kind.CHANGED, f.name() + "/migration.sql"));
        }
      }
    }
    for (String name : applied.keySet()) {
      if (!inDir.contains(name)) {
        changed.add(name);
        notes.add(StatusNote.of(StatusNote.Kind.APPLIED_BUT_MISSING, name));
      }
    }
    for (String name : failed) {
      if (!inDir.contains(name)) {
        failedIds.add(name);
      }
    }
    return new SourceState(current, head, pending, failedIds, changed, notes);
  }

  static boolean matches(byte[] bytes, String recorded) {
    if (recorded == null) {
      return false;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String lf = text.replace("\r\n", "\n");
    String crlf = lf.replace("\n", "\r\n");
    for (String variant : List.of(text, lf, crlf)) {
      byte[] b = variant.getBytes(StandardCharsets.UTF_8);
      if (Checksums.sha256(b).equalsIgnoreCase(recorded)
          || legacyHex(b).equalsIgnoreCase(recorded)) {
        return true;
      }
    }
    return false;
  }

  /** Early Prisma versions rendered each byte without zero padding. */
  private static String legacyHex(byte[] bytes) {
    String padded = Checksums.sha256(bytes);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < padded.length(); i += 2) {
      String pair = padded.substring(i, i + 2);
      sb.append(pair.charAt(0) == '0' ? pair.substring(1) : pair);
    }
    return sb.toString();
  }

  static List<Row> rows(Connection c) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT migration_name, checksum, finished_at IS NOT NULL,"
                    + " rolled_back_at IS NOT NULL FROM _prisma_migrations ORDER BY started_at")) {
      while (rs.next()) {
        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
      }
    }
    return rows;
  }
}
