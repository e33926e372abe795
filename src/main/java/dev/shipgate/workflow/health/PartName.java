package dev.shipgate.workflow.health;

import java.util.Locale;

/** The background parts of a snapshot, in the order they are shown. */
public enum PartName {
  DATABASE,
  MIGRATIONS,
  PROBES,
  TUNNEL,
  INCIDENTS,
  DEPLOYS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
