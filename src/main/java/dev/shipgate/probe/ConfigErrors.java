package dev.shipgate.probe;

import dev.shipgate.config.ConfigSource;
import dev.shipgate.core.ShipgateException;

/** Config problems found while turning config entries into probes: exit 78, file:line: key. */
public final class ConfigErrors {
  private ConfigErrors() {}

  /** E.g. {@code shipgate.yaml:12: 'checks[0].get' must start with http:// or https://}. */
  public static ShipgateException at(ConfigSource source, String problem, Object... path) {
    return ShipgateException.config(source.where(path) + ": '" + key(path) + "' " + problem);
  }

  /** {@code checks[0].expect} for the path {@code "checks", 0, "expect"}. */
  public static String key(Object... path) {
    StringBuilder b = new StringBuilder();
    for (Object p : path) {
      if (p instanceof Integer i) {
        b.append('[').append(i).append(']');
      } else {
        b.append(b.isEmpty() ? "" : ".").append(p);
      }
    }
    return b.toString();
  }
}
