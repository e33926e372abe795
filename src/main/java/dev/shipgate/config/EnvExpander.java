package dev.shipgate.config;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${VAR}}, {@code ${VAR:-default}} (default when unset or empty) and {@code
 * ${VAR-default}} (default when unset) in config values. {@code $${} is a literal {@code ${}.
 * An unset variable without a default expands to the empty string; `env.required` is where a
 * team says a variable must be set.
 */
public final class EnvExpander {
  private static final Pattern REF =
      Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?}");

  private final Function<String, String> env;

  public EnvExpander(Function<String, String> env) {
    this.env = env;
  }

  public static EnvExpander of(Map<String, String> env) {
    return new EnvExpander(env::get);
  }

  public String expand(String text) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    Matcher m = REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * True when {@code text} refers to a variable that is unset or empty and has no default: what it
   * expands to is not what the user wrote.
   */
  public boolean usesUnset(String text) {
    if (text.indexOf('$') < 0) {
      return false;
    }
    Matcher m = REF.matcher(text);
    while (m.find()) {
      if (m.group(1) == null || m.group(2) != null) {
        continue;
      }
      String value = env.apply(m.group(1));
      if (value == null || value.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private String replacement(Matcher m) {
    if (m.group(1) == null) {
      return "${";
    }
    String value = env.apply(m.group(1));
    String op = m.group(2);
    if (op == null) {
      return value == null ? "" : value;
    }
    boolean useDefault = op.equals(":-") ? value == null || value.isEmpty() : value == null;
    return useDefault ? m.group(3) : value;
  }
}
