package dev.shipgate.config;

/**
 * One expected column, from `table.column` (type unknown) or `table.column: type`. The table may be
 * schema-qualified ({@code public.conversions.proposal_id}): the column is after the last dot.
 */
public record ColumnExpectation(String table, String column, String type) {
  /** The `table.column` key as the user wrote it. */
  public String key() {
    return table + "." + column;
  }

  static ColumnExpectation parse(String key, String type) {
    int dot = key.lastIndexOf('.');
    if (dot <= 0 || dot == key.length() - 1) {
      throw new IllegalArgumentException(
          "column '" + key + "' must be written table.column (e.g. conversions.proposal_id)");
    }
    return new ColumnExpectation(key.substring(0, dot), key.substring(dot + 1), blankToNull(type));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
