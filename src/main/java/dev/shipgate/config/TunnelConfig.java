package dev.shipgate.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/** `tunnel:` the tunnel process and the local and public URLs it must route. */
public record TunnelConfig(
    String process,
    String start,
    String local,
    @JsonProperty("public") String publicUrl,
    Duration readyTimeout)
    implements ConfigSection {
  public TunnelConfig {
    readyTimeout = Immutables.or(readyTimeout, Duration.ofSeconds(30));
  }

  @Override
  public void validate(ConfigCheck check) {
    check.at("local").httpUrl(local);
    check.at("public").httpUrl(publicUrl);
  }
}
