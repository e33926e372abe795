package dev.shipgate.config;

import java.util.List;

/**
 * One expected index: a name, or `name: table(col, ...)` which also lets `schema hotpatch` create
 * it. {@code table} is null and {@code columns} empty for the name-only form.
 */
public record IndexExpectation(String name, String table, List<String> columns) {
  public IndexExpectation {
    columns = Immutables.list(columns);
  }

  static IndexExpectation parse(String name, String definition) {
    if (definition == null || definition.isBlank()) {
      return new IndexExpectation(name, null, List.of());
    }
    var m =
        java.util.regex.Pattern.compile("\\s*([^()\\s]+)\\s*\\(([^()]+)\\)\\s*")
            .matcher(definition);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "index '" + name + "' must be written table(col, ...), e.g. conversions(proposal_id)");
    }
    List<String> cols = java.util.Arrays.stream(m.group(2).split(",")).map(String::trim).toList();
    if (cols.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("index '" + name + "' has an empty column name");
    }
    return new IndexExpectation(name, m.group(1), cols);
  }
}
