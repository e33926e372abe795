package dev.shipgate.schema;

/**
 * The verdict on one expectation.
 *
 * @param key as it appears in {@code checks}: the table name, {@code table.column}, the index name,
 *     or {@code table rows >= N}
 * @param detail what is wrong (empty when ok), naming what was found instead where that helps
 */
public record ExpectationResult(Kind kind, String key, boolean ok, String detail) {
  /** What was expected. */
  public enum Kind {
    TABLE,
    COLUMN,
    INDEX,
    MIN_ROWS
  }

  static ExpectationResult pass(Kind kind, String key) {
    return new ExpectationResult(kind, key, true, "");
  }

  static ExpectationResult fail(Kind kind, String key, String detail) {
    return new ExpectationResult(kind, key, false, detail);
  }
}
