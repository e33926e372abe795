package dev.shipgate.config;

/** A service's `recover:` endpoints: where to read recovery stats and how to trigger recovery. */
public record RecoverConfig(String stats, String trigger) implements ConfigSection {
  @Override
  public void validate(ConfigCheck check) {
    check.at("stats").httpUrl(stats);
    check.at("trigger").httpUrl(trigger);
  }
}
