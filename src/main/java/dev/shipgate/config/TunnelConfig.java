package dev.shipgate.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * `tunnel:` the tunnel process and the local and public URLs it must route; {@code metrics} is the
 * connector's readiness endpoint (cloudflared's {@code /ready}), {@code expect} what the public URL
 * must show (e.g. a header carrying the new commit).
 */
public record TunnelConfig(
    String process,
    String start,
    String local,
    @JsonProperty("public") String publicUrl,
    Duration readyTimeout,
    String metrics,
    ExpectSpec expect)
    implements ConfigSection {
  public TunnelConfig {
    readyTimeout = Immutables.or(readyTimeout, Duration.ofSeconds(30));
    expect = Immutables.or(expect, ExpectSpec.none());
  }

  @Override
  public void validate(ConfigCheck check) {
    check.at("local").httpUrl(local);
    check.at("public").httpUrl(publicUrl);
    check.at("metrics").httpUrl(metrics);
  }
}
