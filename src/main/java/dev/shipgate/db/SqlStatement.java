package dev.shipgate.db;

/**
 * One statement of a script.
 *
 * @param sql the statement as written, without its terminating semicolon
 * @param line 1-based line where it starts in the file
 * @param head its first words without comments, upper case, single-spaced (for classifying it)
 */
public record SqlStatement(String sql, int line, String head) {
  /** True when the statement starts with the given words (upper case, single-spaced). */
  public boolean startsWith(String words) {
    return head.equals(words) || head.startsWith(words + " ");
  }
}
