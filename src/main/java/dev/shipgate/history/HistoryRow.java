package dev.shipgate.history;

/**
 * One row of {@code shipgate_schema_history}.
 *
 * @param rank the order rows were written in
 * @param version the version as written in the file name; null for a repeatable
 * @param name the file name
 * @param kind {@code versioned}, {@code repeatable} or {@code baseline}
 * @param success false while a file that runs outside a transaction is in progress, and after it
 *     failed
 */
public record HistoryRow(
    long rank,
    String version,
    String name,
    String kind,
    String checksum,
    String wsChecksum,
    String appliedAt,
    long durationMs,
    boolean success,
    String appliedBy) {
  public static final String VERSIONED = "versioned";
  public static final String REPEATABLE = "repeatable";
  public static final String BASELINE = "baseline";

  public boolean isRepeatable() {
    return REPEATABLE.equals(kind);
  }
}
