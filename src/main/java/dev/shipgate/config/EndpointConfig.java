package dev.shipgate.config;

import java.time.Duration;
import java.util.List;

/** One `verify.endpoints` entry: a URL and the statuses that count as alive. */
public record EndpointConfig(String get, List<Integer> allow, Duration timeout)
    implements ConfigSection {
  public EndpointConfig {
    allow = Immutables.list(allow);
    timeout = Immutables.or(timeout, Duration.ofSeconds(10));
  }

  @Override
  public void validate(ConfigCheck check) {
    check.at("get").httpUrl(get);
    for (int i = 0; i < allow.size(); i++) {
      Integer s = allow.get(i);
      if (s < 100 || s > 599) {
        check.at("allow", i).fail("not an HTTP status", "use codes from 100 to 599");
      }
    }
  }
}
