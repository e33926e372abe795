package dev.shipgate.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every expectation's verdict, in the order the config lists them. */
public record SchemaReport(List<ExpectationResult> results) {
  public SchemaReport {
    results = List.copyOf(results);
  }

  public boolean ok() {
    return results.stream().allMatch(ExpectationResult::ok);
  }

  public List<ExpectationResult> missing() {
    return results.stream().filter(r -> !r.ok()).toList();
  }

  /** The {@code checks} object of status JSON: key → passed. */
  public Map<String, Boolean> checks() {
    Map<String, Boolean> m = new LinkedHashMap<>();
    results.forEach(r -> m.merge(r.key(), r.ok(), Boolean::logicalAnd));
    return m;
  }

  public boolean failed(String key) {
    return results.stream().anyMatch(r -> r.key().equals(key) && !r.ok());
  }

  /** "4 tables, 3 columns, 1 index, 1 row floor". */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    for (ExpectationResult.Kind k : ExpectationResult.Kind.values()) {
      long n = results.stream().filter(r -> r.kind() == k).count();
      if (n > 0) {
        sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(noun(k, n));
      }
    }
    return sb.isEmpty() ? "no expectations configured (database.expect)" : sb.toString();
  }

  private static String noun(ExpectationResult.Kind k, long n) {
    String one =
        switch (k) {
          case TABLE -> "table";
          case COLUMN -> "column";
          case INDEX -> "index";
          case MIN_ROWS -> "row floor";
        };
    if (n == 1) {
      return one;
    }
    return k == ExpectationResult.Kind.INDEX ? "indexes" : one + "s";
  }
}
