package dev.shipgate.config;

import dev.shipgate.core.ShipgateException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where a config check stands (a key path in one loaded file) and the checks every section uses. A
 * problem is a {@link ShipgateException} with exit 78 and the message {@code file:line: key: what
 * is wrong; how to fix}. Messages never quote a value: it may have come from the environment (a
 * secret), so they say what is wrong with it instead.
 *
 * <p>A section record plugs in by implementing {@link ConfigSection}: the loader visits every
 * record of the config tree and calls {@link ConfigSection#validate} with a check positioned at the
 * section's key.
 */
public final class ConfigCheck {
  private final ConfigSource source;
  private final EnvExpander expander;
  private final Set<String> lintRules;
  private final List<Object> path;

  ConfigCheck(ConfigSource source, EnvExpander expander, Set<String> lintRules) {
    this(source, expander, lintRules, List.of());
  }

  private ConfigCheck(
      ConfigSource source, EnvExpander expander, Set<String> lintRules, List<Object> path) {
    this.source = source;
    this.expander = expander;
    this.lintRules = lintRules;
    this.path = path;
  }

  /** A check one level down: a field name ({@code "timeout"}) or a list index. */
  public ConfigCheck at(Object... segments) {
    List<Object> p = new ArrayList<>(path);
    p.addAll(List.of(segments));
    return new ConfigCheck(source, expander, lintRules, List.copyOf(p));
  }

  /** The dotted key of this position, e.g. {@code checks[0].get}. */
  public String key() {
    return BindingErrors.dotted(path);
  }

  List<Object> path() {
    return path;
  }

  /** Stops loading: {@code file:line: key: what; how}. */
  public ShipgateException fail(String what, String how) {
    throw ShipgateException.config(
        source.where(path.toArray()) + ": " + key() + ": " + what + "; " + how);
  }

  /**
   * True when the value at this key was written with a {@code ${VAR}} whose variable is unset or
   * empty: such a value is checked by the command that uses it (an unset variable is for
   * `env.required` to catch), not when the config loads.
   */
  public boolean fromUnsetVariable() {
    String raw = source.rawScalar(path);
    return raw != null && expander.usesUnset(raw);
  }

  /** An http(s) URL with a host, when the value is set. */
  public void httpUrl(String value) {
    if (value == null || value.isBlank() || fromUnsetVariable()) {
      return;
    }
    if (!isHttpUrl(value)) {
      fail(
          "not an http(s) URL" + expandedNote(),
          "write a full URL such as https://host.example/path");
    }
  }

  /** A glob as {@code java.nio.file.FileSystem#getPathMatcher} reads it. */
  public void glob(String value) {
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + value);
    } catch (IllegalArgumentException e) {
      fail(
          "not a valid glob (" + describe(e) + ")" + expandedNote(),
          "close every [ and {, or escape a literal one with \\ (e.g. 00_*_reset.sql)");
    }
  }

  /** A Java regular expression. */
  public void regex(String value) {
    if (value == null) {
      return;
    }
    try {
      Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      fail(
          "not a valid regular expression (" + e.getDescription() + ")" + expandedNote(),
          "fix the pattern or quote literal characters with \\");
    }
  }

  /** A TCP port: 0 (any free port) is accepted only when {@code zeroAllowed}. */
  public void port(Integer value, boolean zeroAllowed) {
    if (value == null) {
      return;
    }
    int min = zeroAllowed ? 0 : 1;
    if (value < min || value > 65535) {
      fail("not a port", "use a number from " + min + " to 65535");
    }
  }

  /** A whole number of at least {@code min}. */
  public void atLeast(Number value, long min, String unit) {
    if (value != null && value.longValue() < min) {
      fail("must be at least " + min + unit, "write a number of " + min + " or more");
    }
  }

  /** A duration that is more than 0. */
  public void positive(Duration value) {
    if (value != null && !value.isPositive()) {
      fail("must be more than 0", "write e.g. 500ms, 5s or 2m");
    }
  }

  /** A lint rule id this shipgate knows (when the loader was told the known ids). */
  public void lintRule(String id) {
    if (!lintRules.isEmpty() && !lintRules.contains(id)) {
      fail(
          "unknown lint rule",
          "use one of: " + String.join(", ", lintRules.stream().sorted().toList()));
    }
  }

  private String expandedNote() {
    String raw = source.rawScalar(path);
    return raw != null && raw.contains("${") ? " after ${VAR} expansion" : "";
  }

  private static String describe(IllegalArgumentException e) {
    String m = e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
    return m == null ? "syntax error" : m.lines().findFirst().orElse("syntax error").strip();
  }

  static boolean isHttpUrl(String s) {
    if (s == null || s.isBlank()) {
      return false;
    }
    try {
      URI u = new URI(s.strip());
      return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
          && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
