package dev.shipgate.config;

import java.util.Map;

/** `lint:` per-rule severity overrides and allow-lists, keyed by rule id. */
public record LintConfig(Map<String, RuleConfig> rules) {
  public LintConfig {
    rules = Immutables.map(rules);
  }

  static LintConfig defaults() {
    return new LintConfig(null);
  }
}
