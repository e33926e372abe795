package dev.shipgate.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns Jackson's binding errors into one line: file:line: key: what is wrong and what fits. */
final class BindingErrors {
  private BindingErrors() {}

  static String describe(JsonMappingException e, ConfigSource source) {
    List<Object> path = new ArrayList<>();
    for (JsonMappingException.Reference r : e.getPath()) {
      path.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex());
    }
    String key = dotted(path);
    String where = where(e, source, path);
    if (e instanceof UnrecognizedPropertyException u) {
      return where + ": unknown key '" + key + "'" + suggestion(u) + known(u);
    }
    if (e instanceof ConfigProblem) {
      return where + ": '" + key + "': " + e.getOriginalMessage();
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return where + ": '" + key + "': " + e.getCause().getMessage();
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      String raw = source.rawScalar(path);
      String got = raw == null ? "" : ", got '" + shown(raw) + "'";
      return where + ": '" + key + "' must be " + expected(m.getTargetType()) + got;
    }
    return where + ": '" + key + "': " + e.getOriginalMessage();
  }

  /**
   * A value the parser could not read as the type (a number too large for it): the key from the
   * parser's position, never the value.
   */
  static String describeRead(
      com.fasterxml.jackson.core.exc.StreamReadException e, ConfigSource source) {
    List<Object> path = new ArrayList<>();
    if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p) {
      for (var ctx = p.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
        if (ctx.inObject() && ctx.getCurrentName() != null) {
          path.add(0, ctx.getCurrentName());
        } else if (ctx.inArray()) {
          path.add(0, Math.max(0, ctx.getCurrentIndex()));
        }
      }
    }
    String what =
        e instanceof com.fasterxml.jackson.core.exc.InputCoercionException
            ? "the number is too large"
            : "cannot be read";
    return source.where(path.toArray())
        + ": "
        + (path.isEmpty() ? "a value" : dotted(path))
        + ": "
        + what
        + "; write a smaller value";
  }

  private static String where(JsonMappingException e, ConfigSource source, List<Object> path) {
    if (e instanceof ConfigProblem && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      String file = source.file().map(Path::toString).orElse("shipgate.yaml");
      return file + ":" + e.getLocation().getLineNr();
    }
    return source.where(path.toArray());
  }

  /** A value as written, on one line and short enough for a message. */
  static String shown(String raw) {
    StringBuilder sb = new StringBuilder();
    raw.codePoints()
        .limit(41)
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                sb.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : "?");
              } else {
                sb.appendCodePoint(c);
              }
            });
    return raw.codePointCount(0, raw.length()) > 40
        ? sb.substring(0, sb.length() - 1) + "..."
        : sb.toString();
  }

  static String dotted(List<Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object seg : path) {
      if (seg instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(seg);
      }
    }
    return sb.toString();
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Duration.class) {
      return "a duration such as 500ms, 5s or 2m";
    }
    if (type.isEnum()) {
      return "one of: "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> c.toString().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list, e.g. [a, b]";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys (key: value)";
    }
    if (type == Path.class) {
      return "a path";
    }
    return "a single value";
  }

  private static String suggestion(UnrecognizedPropertyException u) {
    String bad = u.getPropertyName();
    return knownIds(u).stream()
        .filter(k -> distance(k.toLowerCase(Locale.ROOT), bad.toLowerCase(Locale.ROOT)) <= 2)
        .min(Comparator.comparingInt(k -> distance(k, bad)))
        .map(k -> "; did you mean '" + k + "'?")
        .orElse("");
  }

  private static String known(UnrecognizedPropertyException u) {
    List<String> ids = knownIds(u);
    return ids.isEmpty() ? "" : " (known keys here: " + String.join(", ", ids) + ")";
  }

  private static List<String> knownIds(UnrecognizedPropertyException u) {
    Collection<Object> ids = u.getKnownPropertyIds();
    return ids == null ? List.of() : ids.stream().map(Object::toString).sorted().toList();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
