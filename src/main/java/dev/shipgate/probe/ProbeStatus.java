package dev.shipgate.probe;

/** The outcome of one probe. */
public enum ProbeStatus {
  /** Every condition held. */
  PASS,
  /** It failed; {@link ProbeResult#reason()} says why. */
  FAIL,
  /** Not run (e.g. an optional external API without a key). */
  SKIP,
  /** Reachable but not fully working (e.g. an agent with no tools registered). */
  DEGRADED
}
