package dev.shipgate.ci.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GitHub job's {@code strategy.matrix}: the values of each key, the {@code include} and {@code
 * exclude} entries. {@code dynamic} when the matrix (or a key) is computed at run time, e.g. with
 * {@code fromJSON}.
 */
public record Matrix(
    Map<String, List<String>> values,
    List<Map<String, String>> includes,
    List<Map<String, String>> excludes,
    boolean dynamic) {
  public static final Matrix NONE = new Matrix(Map.of(), List.of(), List.of(), false);

  /** More combinations than this are not expanded (the job is treated as dynamic). */
  public static final int MAX_ENTRIES = 512;

  public Matrix {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  public Matrix(
      Map<String, List<String>> values, List<Map<String, String>> includes, boolean dynamic) {
    this(values, includes, List.of(), dynamic);
  }

  public boolean isEmpty() {
    return values.isEmpty() && includes.isEmpty() && !dynamic;
  }

  /**
   * The jobs the matrix runs, as GitHub expands it: every combination of the values, minus those an
   * {@code exclude} entry matches; each {@code include} entry extends the combinations whose
   * original values it matches, or is added as a job of its own. One empty entry when there is no
   * matrix; empty when the matrix is dynamic or too large to expand.
   */
  public List<Map<String, String>> entries() {
    if (dynamic) {
      return List.of();
    }
    List<Map<String, String>> combos = new ArrayList<>();
    combos.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> c : combos) {
        for (String v : e.getValue()) {
          Map<String, String> m = new LinkedHashMap<>(c);
          m.put(e.getKey(), v);
          next.add(m);
        }
      }
      combos = next;
      if (combos.size() > MAX_ENTRIES) {
        return List.of();
      }
    }
    if (values.isEmpty() && !includes.isEmpty()) {
      combos.clear();
    }
    combos.removeIf(c -> excludes.stream().anyMatch(x -> matches(c, x)));
    List<Map<String, String>> added = new ArrayList<>();
    for (Map<String, String> inc : includes) {
      boolean extended = false;
      for (Map<String, String> c : combos) {
        if (matchesOriginal(c, inc)) {
          inc.forEach(
              (k, v) -> {
                if (!values.containsKey(k)) {
                  c.put(k, v);
                }
              });
          extended = true;
        }
      }
      if (!extended) {
        added.add(new LinkedHashMap<>(inc));
      }
    }
    combos.addAll(added);
    return combos;
  }

  private static boolean matches(Map<String, String> combo, Map<String, String> pattern) {
    return pattern.entrySet().stream().allMatch(p -> p.getValue().equals(combo.get(p.getKey())));
  }

  /** An include entry extends a combination when it agrees on every original matrix key. */
  private boolean matchesOriginal(Map<String, String> combo, Map<String, String> inc) {
    for (Map.Entry<String, String> p : inc.entrySet()) {
      if (values.containsKey(p.getKey()) && !p.getValue().equals(combo.get(p.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
