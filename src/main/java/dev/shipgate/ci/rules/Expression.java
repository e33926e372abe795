package dev.shipgate.ci.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A GitHub Actions expression ({@code matrix.experimental || false}, {@code matrix.rust !=
 * 'stable'}, {@code (fromJSON(inputs.xfail) || startsWith(inputs.v, '~')) && true || false}),
 * evaluated against one matrix entry. Literals, {@code matrix.*}, {@code ! && || == != < > <= >=},
 * parentheses and {@code contains}/{@code startsWith}/{@code endsWith}/{@code fromJSON}/{@code
 * toJSON}/{@code format} are understood; any other context ({@code inputs}, {@code github}, ...) is
 * unknown, and unknown stays unknown unless the operators decide without it ({@code false && x}).
 * Comparisons follow GitHub: strings case-insensitively, numbers numerically.
 */
final class Expression {
  /** The result of evaluating: true, false, or cannot tell. */
  enum Truth {
    TRUE,
    FALSE,
    UNKNOWN
  }

  /** A value: null, a boolean, a number, a string, or unknown. */
  private record Value(Object v, boolean unknown) {
    static final Value UNKNOWN = new Value(null, true);
    static final Value NULL = new Value(null, false);

    static Value of(Object v) {
      return new Value(v, false);
    }

    Truth truth() {
      if (unknown) {
        return Truth.UNKNOWN;
      }
      boolean t =
          switch (v) {
            case null -> false;
            case Boolean b -> b;
            case BigDecimal n -> n.signum() != 0;
            case String s -> !s.isEmpty();
            default -> true;
          };
      return t ? Truth.TRUE : Truth.FALSE;
    }
  }

  private final List<String> tokens;
  private final Map<String, String> matrix;
  private final Set<String> contexts = new TreeSet<>();
  private int pos;

  private Expression(List<String> tokens, Map<String, String> matrix) {
    this.tokens = tokens;
    this.matrix = matrix;
  }

  /** Evaluates {@code expr} (without the {@code ${{ }}}) for one matrix entry. */
  static Truth eval(String expr, Map<String, String> matrix) {
    Expression e = new Expression(tokenize(expr), matrix);
    try {
      Value v = e.or();
      return e.pos == e.tokens.size() ? v.truth() : Truth.UNKNOWN;
    } catch (IllegalStateException | IndexOutOfBoundsException ex) {
      return Truth.UNKNOWN;
    }
  }

  /**
   * The contexts other than {@code matrix} the expression reads ({@code inputs}, {@code github}).
   */
  static Set<String> contexts(String expr) {
    Expression e = new Expression(tokenize(expr), Map.of());
    try {
      e.or();
    } catch (IllegalStateException | IndexOutOfBoundsException ex) {
      e.contexts.add("?");
    }
    return e.contexts;
  }

  private Value or() {
    Value left = and();
    while (peek("||")) {
      pos++;
      Value right = and();
      left =
          switch (left.truth()) {
            case TRUE -> left;
            case FALSE -> right;
            case UNKNOWN -> right.truth() == Truth.TRUE ? Value.of(Boolean.TRUE) : Value.UNKNOWN;
          };
    }
    return left;
  }

  private Value and() {
    Value left = unary();
    while (peek("&&")) {
      pos++;
      Value right = unary();
      left =
          switch (left.truth()) {
            case FALSE -> left;
            case TRUE -> right;
            case UNKNOWN -> right.truth() == Truth.FALSE ? Value.of(Boolean.FALSE) : Value.UNKNOWN;
          };
    }
    return left;
  }

  private Value unary() {
    if (peek("!")) {
      pos++;
      Value v = unary();
      return switch (v.truth()) {
        case TRUE -> Value.of(Boolean.FALSE);
        case FALSE -> Value.of(Boolean.TRUE);
        case UNKNOWN -> Value.UNKNOWN;
      };
    }
    Value left = primary();
    for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
      if (peek(op)) {
        pos++;
        return compare(left, op, primary());
      }
    }
    return left;
  }

  private Value primary() {
    String t = tokens.get(pos++);
    if (t.equals("(")) {
      Value v = or();
      expect(")");
      return v;
    }
    if (t.startsWith("'")) {
      return Value.of(t.substring(1, t.length() - 1).replace("''", "'"));
    }
    String lower = t.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "true" -> {
        return Value.of(Boolean.TRUE);
      }
      case "false" -> {
        return Value.of(Boolean.FALSE);
      }
      case "null" -> {
        return Value.NULL;
      }
      default -> {}
    }
    if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '.') {
      return number(t);
    }
    if (peek("(")) {
      return call(lower);
    }
    return context(t);
  }

  private Value call(String fn) {
    expect("(");
    List<Value> args = new ArrayList<>();
    while (!peek(")")) {
      args.add(or());
      if (peek(",")) {
        pos++;
      }
    }
    expect(")");
    if (args.stream().anyMatch(Value::unknown)) {
      return Value.UNKNOWN;
    }
    return switch (fn) {
      case "contains", "startswith", "endswith" -> {
        if (args.size() != 2) {
          yield Value.UNKNOWN;
        }
        String a = text(args.get(0)).toLowerCase(Locale.ROOT);
        String b = text(args.get(1)).toLowerCase(Locale.ROOT);
        boolean r =
            fn.equals("contains")
                ? a.contains(b)
                : fn.equals("startswith") ? a.startsWith(b) : a.endsWith(b);
        yield Value.of(r);
      }
      case "fromjson" -> args.size() == 1 ? json(text(args.get(0))) : Value.UNKNOWN;
      case "tojson", "format" -> args.isEmpty() ? Value.UNKNOWN : Value.of(text(args.get(0)));
      default -> Value.UNKNOWN;
    };
  }

  private Value context(String path) {
    int dot = path.indexOf('.');
    String root = (dot < 0 ? path : path.substring(0, dot)).toLowerCase(Locale.ROOT);
    if (root.equals("matrix") && dot > 0) {
      String v = matrix.get(path.substring(dot + 1));
      return v == null ? Value.NULL : literal(v);
    }
    contexts.add(root);
    while (peek("[")) {
      pos++;
      or();
      expect("]");
    }
    return Value.UNKNOWN;
  }

  /** A matrix value as YAML gave it: booleans and numbers keep their type. */
  private static Value literal(String v) {
    if (v.equals("true") || v.equals("false")) {
      return Value.of(Boolean.valueOf(v));
    }
    if (v.equals("null") || v.equals("~")) {
      return Value.NULL;
    }
    try {
      return Value.of(new BigDecimal(v));
    } catch (NumberFormatException e) {
      return Value.of(v);
    }
  }

  private static Value json(String text) {
    String s = text.strip();
    return switch (s) {
      case "true" -> Value.of(Boolean.TRUE);
      case "false" -> Value.of(Boolean.FALSE);
      case "null", "" -> Value.NULL;
      default -> literal(s);
    };
  }

  private static Value number(String t) {
    try {
      return Value.of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return Value.UNKNOWN;
    }
  }

  private static Value compare(Value a, String op, Value b) {
    if (a.unknown() || b.unknown()) {
      return Value.UNKNOWN;
    }
    int c;
    if (a.v() instanceof BigDecimal x && b.v() instanceof BigDecimal y) {
      c = x.compareTo(y);
    } else if (a.v() instanceof Boolean || b.v() instanceof Boolean) {
      c = Boolean.compare(a.truth() == Truth.TRUE, b.truth() == Truth.TRUE);
    } else {
      c = text(a).compareToIgnoreCase(text(b));
    }
    boolean r =
        switch (op) {
          case "==" -> c == 0;
          case "!=" -> c != 0;
          case "<" -> c < 0;
          case ">" -> c > 0;
          case "<=" -> c <= 0;
          default -> c >= 0;
        };
    return Value.of(r);
  }

  private static String text(Value v) {
    return switch (v.v()) {
      case null -> "";
      case BigDecimal n -> n.stripTrailingZeros().toPlainString();
      default -> String.valueOf(v.v());
    };
  }

  private boolean peek(String t) {
    return pos < tokens.size() && tokens.get(pos).equals(t);
  }

  private void expect(String t) {
    if (!peek(t)) {
      throw new IllegalStateException("expected " + t);
    }
    pos++;
  }

  private static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        int j = i + 1;
        while (j < n && (s.charAt(j) != '\'' || j + 1 < n && s.charAt(j + 1) == '\'')) {
          j += s.charAt(j) == '\'' ? 2 : 1;
        }
        out.add(s.substring(i, Math.min(n, j + 1)) + (j >= n ? "'" : ""));
        i = j + 1;
      } else if (s.startsWith("||", i)
          || s.startsWith("&&", i)
          || s.startsWith("==", i)
          || s.startsWith("!=", i)
          || s.startsWith("<=", i)
          || s.startsWith(">=", i)) {
        out.add(s.substring(i, i + 2));
        i += 2;
      } else if ("()!<>,[]".indexOf(c) >= 0) {
        out.add(String.valueOf(c));
        i++;
      } else {
        int j = i;
        while (j < n
            && !Character.isWhitespace(s.charAt(j))
            && "()!<>,[]'=&|".indexOf(s.charAt(j)) < 0) {
          j++;
        }
        if (j == i) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }
}
