package dev.shipgate.history;

import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a directory held against {@code shipgate_schema_history}. Both {@code migrate} (to
 * plan) and {@code status} (to report) start here, so they can never disagree.
 *
 * @param pending versioned files never applied, in apply order
 * @param outOfOrder the pending ones whose version is below the highest applied version
 * @param repeatablesDue repeatables never applied or changed since last applied
 * @param changed applied files whose content differs from what was applied
 * @param removed applied versions (at or below head) whose file is gone
 * @param future applied versions above the directory's head (a newer release ran here)
 * @param failed versions whose last row says it did not finish (ran outside a transaction)
 * @param appliedCount versioned files recorded as applied or baselined
 * @param current the highest applied version, or null
 * @param head the highest version in the directory, or null
 */
public record HistoryComparison(
    List<MigrationScript> pending,
    List<MigrationScript> outOfOrder,
    List<MigrationScript> repeatablesDue,
    List<Changed> changed,
    List<HistoryRow> removed,
    List<HistoryRow> future,
    List<HistoryRow> failed,
    int appliedCount,
    String current,
    String head) {

  /** An applied file whose content changed; {@code whitespaceOnly} when only whitespace did. */
  public record Changed(MigrationScript script, HistoryRow row, boolean whitespaceOnly) {}

  public static HistoryComparison compare(MigrationSet set, List<HistoryRow> rows) {
    return compare(set, rows, MigrationScript.loadAll(forward(set)));
  }

  /** The files a comparison reads: forward migrations that are not skipped. */
  public static List<MigrationFile> forward(MigrationSet set) {
    return set.migrations().stream().filter(f -> !f.skipped() && f.isForward()).toList();
  }

  /**
   * @param scripts the loaded {@link #forward} files (see {@link MigrationScript#loadAll})
   */
  public static HistoryComparison compare(
      MigrationSet set, List<HistoryRow> rows, Map<MigrationFile, MigrationScript> scripts) {
    Map<Version, HistoryRow> applied = new HashMap<>();
    Map<Version, HistoryRow> failedByVersion = new LinkedHashMap<>();
    Map<String, HistoryRow> lastRepeatable = new HashMap<>();
    for (HistoryRow r : rows) {
      if (r.isRepeatable()) {
        if (r.success()) {
          lastRepeatable.put(r.name(), r);
        }
        continue;
      }
      Version v = Version.parse(r.version());
      if (r.success()) {
        applied.put(v, r);
        failedByVersion.remove(v);
      } else {
        failedByVersion.put(v, r);
      }
    }
    Version maxApplied = applied.keySet().stream().max(Version::compareTo).orElse(null);
    List<MigrationScript> pending = new ArrayList<>();
    List<MigrationScript> outOfOrder = new ArrayList<>();
    List<MigrationScript> repeatables = new ArrayList<>();
    List<Changed> changed = new ArrayList<>();
    Map<Version, MigrationFile> inDir = new HashMap<>();
    Version head = null;
    for (MigrationFile f : set.migrations()) {
      if (f.skipped() || !f.isForward()) {
        continue;
      }
      if (f.kind() == MigrationKind.REPEATABLE) {
        HistoryRow last = lastRepeatable.get(f.name());
        MigrationScript s = scripts.get(f);
        if (last == null || !last.checksum().equals(s.checksum())) {
          repeatables.add(s);
        }
        continue;
      }
      inDir.put(f.version(), f);
      head = head == null || f.version().compareTo(head) > 0 ? f.version() : head;
      HistoryRow row = applied.get(f.version());
      MigrationScript s = scripts.get(f);
      if (row != null) {
        if (!row.checksum().equals(s.checksum())) {
          changed.add(new Changed(s, row, row.wsChecksum().equals(s.wsChecksum())));
        }
      } else if (!failedByVersion.containsKey(f.version())) {
        pending.add(s);
        if (maxApplied != null && f.version().compareTo(maxApplied) < 0) {
          outOfOrder.add(s);
        }
      }
    }
    List<HistoryRow> removed = new ArrayList<>();
    List<HistoryRow> future = new ArrayList<>();
    for (Map.Entry<Version, HistoryRow> e : applied.entrySet()) {
      if (!inDir.containsKey(e.getKey())) {
        boolean isFuture = head == null || e.getKey().compareTo(head) > 0;
        (isFuture ? future : removed).add(e.getValue());
      }
    }
    removed.sort(java.util.Comparator.comparing(r -> Version.parse(r.version())));
    future.sort(java.util.Comparator.comparing(r -> Version.parse(r.version())));
    return new HistoryComparison(
        List.copyOf(pending),
        List.copyOf(outOfOrder),
        List.copyOf(repeatables),
        List.copyOf(changed),
        List.copyOf(removed),
        List.copyOf(future),
        List.copyOf(failedByVersion.values()),
        applied.size(),
        maxApplied == null ? null : applied.get(maxApplied).version(),
        head == null ? null : inDir.get(head).id());
  }
}
