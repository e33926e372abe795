package dev.shipgate.probe;

/** Something {@link ProbeRunner} can run: an HTTP request, or a result decided in advance. */
public sealed interface Probe permits HttpProbe, DecidedProbe {
  String name();

  ProbeKind kind();

  /** An optional probe's failure makes a run degraded, not unhealthy. */
  boolean optional();
}
