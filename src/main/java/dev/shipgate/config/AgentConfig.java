package dev.shipgate.config;

import java.time.Duration;
import java.util.Map;

/** One entry of `agents:`: an AI agent whose `/health` must report tools and a backend. */
public record AgentConfig(String name, String url, Duration timeout, Map<String, Secret> headers)
    implements ConfigSection {
  public AgentConfig {
    timeout = Immutables.or(timeout, Duration.ofSeconds(5));
    headers = Immutables.map(headers);
  }

  @Override
  public void validate(ConfigCheck check) {
    check.at("url").httpUrl(url);
  }
}
