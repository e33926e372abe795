package dev.shipgate.lint;

import java.nio.file.Path;

/**
 * One problem found by a lint: the rule, its severity, the file (and 1-based line when there is
 * one), what is wrong, and a concrete fix.
 */
public record Finding(
    Rule rule, Severity severity, Path path, Integer line, String message, String hint) {

  public static Finding of(Rule rule, Path path, Integer line, String message, String hint) {
    return new Finding(rule, rule.defaultSeverity(), path, line, message, hint);
  }

  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, path, line, message, hint);
  }
}
