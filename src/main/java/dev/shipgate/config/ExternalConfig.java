package dev.shipgate.config;

import java.time.Duration;
import java.util.Map;

/** One entry of `externals:`: a read-only check that an API key or token works. */
public record ExternalConfig(
    String name,
    ExternalType type,
    Secret key,
    Secret token,
    Boolean optional,
    String baseUrl,
    String get,
    Map<String, Secret> headers,
    ExpectSpec expect,
    Duration timeout)
    implements ConfigSection {
  public ExternalConfig {
    key = Immutables.or(key, Secret.empty());
    token = Immutables.or(token, Secret.empty());
    optional = Immutables.or(optional, Boolean.FALSE);
    headers = Immutables.map(headers);
    expect = Immutables.or(expect, ExpectSpec.none());
    timeout = Immutables.or(timeout, Duration.ofSeconds(10));
  }

  @Override
  public void validate(ConfigCheck check) {
    check.at("baseUrl").httpUrl(baseUrl);
    if (type == ExternalType.HTTP && (baseUrl == null || baseUrl.isBlank())) {
      check.at("get").httpUrl(get);
    }
  }
}
