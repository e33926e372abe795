package dev.shipgate.config;

import java.util.List;
import java.util.Map;

/** `lint:` per-rule severity overrides and allow-lists, keyed by rule id. */
public record LintConfig(Map<String, RuleConfig> rules) implements ConfigSection {
  public LintConfig {
    rules = Immutables.map(rules);
  }

  @Override
  public void validate(ConfigCheck check) {
    for (Map.Entry<String, RuleConfig> e : rules.entrySet()) {
      ConfigCheck rule = check.at("rules", e.getKey());
      rule.lintRule(e.getKey());
      List<String> allow = e.getValue().allow();
      for (int i = 0; i < allow.size(); i++) {
        rule.at("allow", i).glob(allow.get(i));
      }
    }
  }

  static LintConfig defaults() {
    return new LintConfig(null);
  }
}
