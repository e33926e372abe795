package dev.shipgate.probe;

import dev.shipgate.config.ExpectSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Conditions on a response, compiled once from an `expect:` block. {@code statuses} empty means
 * "any 2xx"; listed statuses are the only ones that pass, so {@code [200, 401]} treats 401 as alive
 * (verify's allow-lists). {@code jsonBody} says the body must be JSON (set by JSON paths, and by
 * probes of APIs that always answer JSON); an HTML page then fails as HTML_ERROR_PAGE.
 */
public record Expectation(
    List<Integer> statuses,
    List<JsonCondition> json,
    String bodyContains,
    Pattern bodyMatches,
    Map<String, String> headers,
    Duration maxLatency,
    boolean jsonBody) {

  public Expectation {
    statuses = List.copyOf(statuses);
    json = List.copyOf(json);
    Map<String, String> h = new LinkedHashMap<>();
    headers.forEach((k, v) -> h.put(k, v == null ? "" : v));
    headers = Collections.unmodifiableMap(h);
    jsonBody = jsonBody || !json.isEmpty();
  }

  /** Any 2xx. */
  public static Expectation any2xx() {
    return new Expectation(List.of(), List.of(), null, null, Map.of(), null, false);
  }

  /** Exactly these statuses pass (e.g. [200, 401] for an auth-protected route). */
  public static Expectation statuses(List<Integer> allowed) {
    return any2xx().withStatuses(allowed);
  }

  /**
   * Compiles an `expect:` block.
   *
   * @throws IllegalArgumentException naming the bad status, JSON path or regex
   */
  public static Expectation compile(ExpectSpec spec) {
    for (Integer s : spec.status()) {
      if (s == null || s < 100 || s > 599) {
        throw new IllegalArgumentException(
            "status " + s + " is not an HTTP status; use codes from 100 to 599");
      }
    }
    List<JsonCondition> json = new ArrayList<>();
    spec.json().forEach((path, value) -> json.add(JsonCondition.of(path, value)));
    Pattern regex = null;
    if (spec.bodyMatches() != null) {
      try {
        regex = Pattern.compile(spec.bodyMatches());
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "bodyMatches is not a valid regular expression: " + e.getDescription());
      }
    }
    if (spec.maxLatency() != null && !spec.maxLatency().isPositive()) {
      throw new IllegalArgumentException("maxLatency must be more than 0");
    }
    return new Expectation(
        spec.status(), json, spec.bodyContains(), regex, spec.headers(), spec.maxLatency(), false);
  }

  public Expectation withStatuses(List<Integer> allowed) {
    return new Expectation(allowed, json, bodyContains, bodyMatches, headers, maxLatency, jsonBody);
  }

  /** The same conditions, and the body must be JSON. */
  public Expectation requiringJson() {
    return new Expectation(statuses, json, bodyContains, bodyMatches, headers, maxLatency, true);
  }

  public boolean accepts(int status) {
    return statuses.isEmpty() ? status >= 200 && status < 300 : statuses.contains(status);
  }

  String describeStatuses() {
    return statuses.isEmpty() ? "2xx" : statuses.toString().replaceAll("[\\[\\]]", "");
  }
}
