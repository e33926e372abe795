package dev.shipgate.probe;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One `expect.json` entry: the value at a JSON path must equal the expected value. Numbers compare
 * by value (1 equals 1.0); an expected string also matches a number or boolean with that text
 * (values from `${VAR}` are strings); a path that selects several values (`$.items[*].ok`) needs
 * every one of them to match.
 */
public record JsonCondition(String path, JsonPath compiled, Object expected) {

  /**
   * @throws IllegalArgumentException when the path is not valid JsonPath
   */
  public static JsonCondition of(String path, Object expected) {
    try {
      return new JsonCondition(path, JsonPath.compile(path), expected);
    } catch (RuntimeException e) {
      String why =
          e instanceof InvalidPathException && !e.getMessage().contains("Exception")
              ? " (" + e.getMessage() + ")"
              : "";
      throw new IllegalArgumentException(
          "'"
              + path
              + "' is not a valid JSON path"
              + why
              + "; write e.g. $.status or $.checks[0].ok");
    }
  }

  /** Null when the document meets the condition, else what is wrong. */
  String check(Object document) {
    Object actual;
    try {
      actual = compiled.read(document, JsonDocs.PATH_CONFIG);
    } catch (PathNotFoundException e) {
      return path + " is missing, expected " + JsonDocs.show(expected);
    } catch (RuntimeException e) {
      return path + " cannot be read (" + e.getMessage() + ")";
    }
    if (!compiled.isDefinite() && !(expected instanceof List<?>)) {
      List<?> all = actual instanceof List<?> l ? l : List.of(actual);
      if (all.isEmpty()) {
        return path + " selects nothing, expected " + JsonDocs.show(expected);
      }
      for (Object each : all) {
        if (!matches(each, expected)) {
          return path
              + " has "
              + JsonDocs.show(each)
              + ", expected every value to be "
              + JsonDocs.show(expected);
        }
      }
      return null;
    }
    return matches(actual, expected)
        ? null
        : path + " is " + JsonDocs.show(actual) + ", expected " + JsonDocs.show(expected);
  }

  static boolean matches(Object actual, Object expected) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof Number e && actual instanceof Number a) {
      return decimal(e).compareTo(decimal(a)) == 0;
    }
    if (expected instanceof String e && (actual instanceof Number || actual instanceof Boolean)) {
      return actual instanceof Number a ? sameNumber(a, e) : e.equals(actual.toString());
    }
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      return e.size() == a.size()
          && e.entrySet().stream()
              .allMatch(x -> a.containsKey(x.getKey()) && matches(a.get(x.getKey()), x.getValue()));
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      if (e.size() != a.size()) {
        return false;
      }
      Iterator<?> ai = a.iterator();
      return e.stream().allMatch(x -> matches(ai.next(), x));
    }
    return Objects.equals(actual, expected);
  }

  private static boolean sameNumber(Number actual, String expected) {
    try {
      return decimal(actual).compareTo(new BigDecimal(expected.trim())) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static BigDecimal decimal(Number n) {
    return new BigDecimal(n.toString());
  }
}
