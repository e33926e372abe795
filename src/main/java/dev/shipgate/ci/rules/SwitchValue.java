package dev.shipgate.ci.rules;

import dev.shipgate.ci.model.FailureSwitch;
import dev.shipgate.ci.model.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a {@code continue-on-error} / {@code allow_failure} value is true: never ({@code false}),
 * always ({@code true}), for some matrix entries (an expression over {@code matrix.*} that shipgate
 * evaluates against the job's matrix), or sometimes (any other expression, such as {@code
 * github.event_name == 'schedule'}).
 */
record SwitchValue(When when, String detail) {
  enum When {
    NEVER,
    ALWAYS,
    SOME_MATRIX_ENTRIES,
    SOMETIMES
  }

  private static final Pattern WHOLE = Pattern.compile("^\\$\\{\\{(.*)}}$", Pattern.DOTALL);
  private static final Pattern KEY = Pattern.compile("^matrix\\.([\\w-]+)$");
  private static final Pattern COMPARE =
      Pattern.compile("^matrix\\.([\\w-]+)\\s*(==|!=)\\s*'?([^']*?)'?$");
  private static final Pattern FUNCTION =
      Pattern.compile(
          "^(contains|startsWith|endsWith)\\(\\s*matrix\\.([\\w-]+)\\s*,\\s*'([^']*)'\\s*\\)$");

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
    if (expr.equals("true")) {
      return new SwitchValue(When.ALWAYS, null);
    }
    if (expr.equals("false")) {
      return new SwitchValue(When.NEVER, null);
    }
    if (!expr.contains("matrix.")) {
      return new SwitchValue(When.SOMETIMES, v);
    }
    return matrix(expr, v, matrix);
  }

  private static SwitchValue matrix(String expr, String raw, Matrix matrix) {
    String key;
    java.util.function.Predicate<String> test;
    Matcher m;
    if ((m = KEY.matcher(expr)).matches()) {
      key = m.group(1);
      test = SwitchValue::truthy;
    } else if ((m = COMPARE.matcher(expr)).matches()) {
      key = m.group(1);
      String lit = m.group(3);
      boolean eq = m.group(2).equals("==");
      test = value -> value.equals(lit) == eq;
    } else if ((m = FUNCTION.matcher(expr)).matches()) {
      key = m.group(2);
      String lit = m.group(3).toLowerCase(Locale.ROOT);
      String fn = m.group(1);
      test =
          value -> {
            String lv = value.toLowerCase(Locale.ROOT);
            return fn.equals("contains")
                ? lv.contains(lit)
                : fn.equals("startsWith") ? lv.startsWith(lit) : lv.endsWith(lit);
          };
    } else {
      return new SwitchValue(When.SOME_MATRIX_ENTRIES, raw);
    }
    if (matrix.dynamic() || !known(key, matrix)) {
      return new SwitchValue(When.SOME_MATRIX_ENTRIES, raw);
    }
    List<String> entries = new ArrayList<>();
    for (String value : matrix.values().getOrDefault(key, List.of())) {
      if (test.test(value)) {
        entries.add(key + ": " + value);
      }
    }
    for (Map<String, String> include : matrix.includes()) {
      String value = include.get(key);
      if (value != null && test.test(value)) {
        entries.add(describe(include));
      }
    }
    if (entries.isEmpty()) {
      return new SwitchValue(When.NEVER, null);
    }
    return new SwitchValue(When.SOME_MATRIX_ENTRIES, String.join("; ", entries));
  }

  private static boolean known(String key, Matrix matrix) {
    return matrix.values().containsKey(key)
        || matrix.includes().stream().anyMatch(i -> i.containsKey(key));
  }

  private static boolean truthy(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return !(v.isEmpty()
        || v.equals("false")
        || v.equals("0")
        || v.equals("null")
        || v.equals("~"));
  }

  private static String describe(Map<String, String> include) {
    List<String> parts = new ArrayList<>();
    include.forEach((k, val) -> parts.add(k + ": " + val));
    return "{" + String.join(", ", parts) + "}";
  }
}
