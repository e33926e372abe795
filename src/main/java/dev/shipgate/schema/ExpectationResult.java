package dev.shipgate.schema;

/**
 * The verdict on one expectation.
 *
 * @param key as it appears in {@code checks}: the table name, {@code table.column}, the index name,
 *     or {@code table rows >= N}
 * @param problem what is wrong, or null when the expectation holds
 */
public record ExpectationResult(Kind kind, String key, Problem problem) {
  /** What was expected. */
  public enum Kind {
    TABLE,
    COLUMN,
    INDEX,
    MIN_ROWS
  }

  public boolean ok() {
    return problem == null;
  }

  /** What is wrong, for people; empty when ok. */
  public String detail() {
    return problem == null ? "" : problem.describe();
  }

  static ExpectationResult pass(Kind kind, String key) {
    return new ExpectationResult(kind, key, null);
  }

  static ExpectationResult fail(Kind kind, String key, Problem problem) {
    return new ExpectationResult(kind, key, problem);
  }
}
