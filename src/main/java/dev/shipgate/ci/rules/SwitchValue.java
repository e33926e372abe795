package dev.shipgate.ci.rules;

import dev.shipgate.ci.model.FailureSwitch;
import dev.shipgate.ci.model.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a {@code continue-on-error} / {@code allow_failure} value is true: never ({@code false}),
 * always ({@code true}), for some matrix entries (the expression is evaluated against every entry
 * of the job's matrix), when the calling workflow asks for it (an expression over {@code inputs.*}
 * only, as reusable workflows use for "expected to fail" toolchains), or sometimes (any other
 * expression, such as {@code github.event_name == 'schedule'}).
 */
record SwitchValue(When when, String detail) {
  enum When {
    NEVER,
    ALWAYS,
    SOME_MATRIX_ENTRIES,
    CALLER_INPUT,
    SOMETIMES
  }

  private static final Pattern WHOLE = Pattern.compile("^\\$\\{\\{(.*)}}$", Pattern.DOTALL);

  static SwitchValue of(FailureSwitch sw, Matrix matrix) {
    String v = sw.value() == null ? "" : sw.value().strip();
    if (v.equalsIgnoreCase("true")) {
      return new SwitchValue(When.ALWAYS, null);
    }
    Matcher whole = WHOLE.matcher(v);
    if (!whole.matches()) {
      return new SwitchValue(v.contains("${{") ? When.SOMETIMES : When.NEVER, v);
    }
    String expr = whole.group(1).strip();
    Set<String> contexts = Expression.contexts(expr);
    boolean readsMatrix = expr.contains("matrix.");
    if (readsMatrix && matrix.dynamic()) {
      return new SwitchValue(When.SOME_MATRIX_ENTRIES, v);
    }
    List<Map<String, String>> entries =
        matrix.isEmpty() || !readsMatrix ? List.of(Map.of()) : matrix.entries();
    if (entries.isEmpty()) {
      return new SwitchValue(When.SOME_MATRIX_ENTRIES, v);
    }
    List<String> trueFor = new ArrayList<>();
    boolean unknown = false;
    for (Map<String, String> entry : entries) {
      switch (Expression.eval(expr, entry)) {
        case TRUE -> trueFor.add(describe(entry));
        case UNKNOWN -> unknown = true;
        case FALSE -> {}
      }
    }
    if (unknown) {
      boolean callerOnly = !contexts.isEmpty() && contexts.equals(Set.of("inputs"));
      return new SwitchValue(callerOnly ? When.CALLER_INPUT : When.SOMETIMES, v);
    }
    if (trueFor.isEmpty()) {
      return new SwitchValue(When.NEVER, null);
    }
    if (trueFor.size() == entries.size()) {
      return new SwitchValue(When.ALWAYS, null);
    }
    return new SwitchValue(When.SOME_MATRIX_ENTRIES, String.join("; ", trueFor));
  }

  private static String describe(Map<String, String> entry) {
    List<String> parts = new ArrayList<>();
    entry.forEach((k, val) -> parts.add(k + ": " + val));
    return "{" + String.join(", ", parts) + "}";
  }
}
