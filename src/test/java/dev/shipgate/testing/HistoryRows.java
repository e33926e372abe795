package dev.shipgate.testing;

import dev.shipgate.history.HistoryRow;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import java.util.ArrayList;
import java.util.List;

/** Rows of {@code shipgate_schema_history} as the runner would have written them: fixtures. */
public final class HistoryRows {
  private final List<HistoryRow> rows = new ArrayList<>();

  public static HistoryRows of() {
    return new HistoryRows();
  }

  /** The file as applied, with its current checksums. */
  public HistoryRows applied(MigrationSet set, String name) {
    MigrationScript s = MigrationScript.load(file(set, name));
    return row(s.file().id(), name, HistoryRow.VERSIONED, s.checksum(), s.wsChecksum(), true);
  }

  /** The file as applied with other bytes than it has now. */
  public HistoryRows appliedWithOtherContent(MigrationSet set, String name, boolean wsOnly) {
    MigrationScript s = MigrationScript.load(file(set, name));
    String other = "0".repeat(64);
    return row(
        s.file().id(), name, HistoryRow.VERSIONED, other, wsOnly ? s.wsChecksum() : other, true);
  }

  /** A file whose run outside a transaction never finished (its marker row). */
  public HistoryRows unfinished(MigrationSet set, String name) {
    MigrationScript s = MigrationScript.load(file(set, name));
    return row(s.file().id(), name, HistoryRow.VERSIONED, s.checksum(), s.wsChecksum(), false);
  }

  /** A version applied by a release whose file is not in this directory. */
  public HistoryRows appliedElsewhere(String version, String name) {
    String sum = "1".repeat(64);
    return row(version, name, HistoryRow.VERSIONED, sum, sum, true);
  }

  public HistoryRows repeatable(MigrationSet set, String name) {
    MigrationScript s = MigrationScript.load(file(set, name));
    return row(null, name, HistoryRow.REPEATABLE, s.checksum(), s.wsChecksum(), true);
  }

  public List<HistoryRow> rows() {
    return List.copyOf(rows);
  }

  private HistoryRows row(
      String version, String name, String kind, String sum, String ws, boolean success) {
    rows.add(
        new HistoryRow(
            rows.size() + 1,
            version,
            name,
            kind,
            sum,
            ws,
            "2026-11-30T10:00:00Z",
            3,
            success,
            "ci@build"));
    return this;
  }

  private static MigrationFile file(MigrationSet set, String name) {
    return set.migrations().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " is not in " + set.dir()));
  }
}
