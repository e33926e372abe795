package dev.shipgate.config;

import java.util.List;
import java.util.Map;

/** `verify:` what a post-deploy verification checks. */
public record VerifyConfig(
    List<String> processes,
    List<String> containers,
    List<EndpointConfig> endpoints,
    Map<String, Long> minRows)
    implements ConfigSection {
  public VerifyConfig {
    processes = Immutables.list(processes);
    containers = Immutables.list(containers);
    endpoints = Immutables.list(endpoints);
    minRows = Immutables.map(minRows);
  }

  static VerifyConfig defaults() {
    return new VerifyConfig(null, null, null, null);
  }

  @Override
  public void validate(ConfigCheck check) {
    minRows.forEach((table, n) -> check.at("minRows", table).atLeast(n, 0, " rows"));
  }
}
