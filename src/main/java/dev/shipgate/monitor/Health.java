package dev.shipgate.monitor;

/** What one check of a target found. */
public enum Health {
  PASS,
  /** Reachable but not fully working (e.g. an agent with no tools): never counts towards DOWN. */
  DEGRADED,
  FAIL
}
