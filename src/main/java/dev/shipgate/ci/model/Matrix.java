package dev.shipgate.ci.model;

import java.util.List;
import java.util.Map;

/**
 * A GitHub job's {@code strategy.matrix}: the values of each key, plus the {@code include} entries.
 * {@code dynamic} when the matrix (or a key) is computed at run time, e.g. with {@code fromJSON}.
 */
public record Matrix(
    Map<String, List<String>> values, List<Map<String, String>> includes, boolean dynamic) {
  public static final Matrix NONE = new Matrix(Map.of(), List.of(), false);

  public Matrix {
    values = Map.copyOf(values);
    includes = List.copyOf(includes);
  }

  public boolean isEmpty() {
    return values.isEmpty() && includes.isEmpty() && !dynamic;
  }
}
