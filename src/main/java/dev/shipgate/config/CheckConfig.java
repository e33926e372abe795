package dev.shipgate.config;

import java.time.Duration;
import java.util.Map;

/**
 * One HTTP probe: an entry of `checks:` or of a service's `ready:` list. Header values are secrets
 * (they often carry tokens).
 */
public record CheckConfig(
    String name,
    String get,
    String method,
    Map<String, Secret> headers,
    String body,
    ExpectSpec expect,
    Duration timeout,
    Duration connectTimeout,
    Integer retries,
    Duration retryBackoff)
    implements ConfigSection {
  public CheckConfig {
    method = Immutables.or(method, "GET");
    headers = Immutables.map(headers);
    expect = Immutables.or(expect, ExpectSpec.none());
    timeout = Immutables.or(timeout, Duration.ofSeconds(5));
    retries = Immutables.or(retries, 0);
    retryBackoff = Immutables.or(retryBackoff, Duration.ofMillis(500));
  }

  @Override
  public void validate(ConfigCheck check) {
    check.at("get").httpUrl(get);
    if (method != null && !method.matches("[A-Za-z]{1,16}")) {
      check.at("method").fail("not an HTTP method", "write GET, POST, HEAD, ...");
    }
    check.at("retries").atLeast(retries, 0, "");
    check.at("connectTimeout").positive(connectTimeout);
  }
}
