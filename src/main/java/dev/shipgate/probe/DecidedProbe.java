package dev.shipgate.probe;

/**
 * A probe whose result is known without a request: an optional external API with no key is a SKIP,
 * a required one is a FAIL. Keeps such results in the order the config lists them.
 */
public record DecidedProbe(ProbeResult result) implements Probe {
  public static DecidedProbe skip(
      String name, ProbeKind kind, boolean optional, String target, String detail) {
    return new DecidedProbe(
        new ProbeResult(
            name, kind, ProbeStatus.SKIP, null, 0, 0, false, null, detail, optional, target));
  }

  public static DecidedProbe fail(
      String name,
      ProbeKind kind,
      boolean optional,
      String target,
      FailureReason reason,
      String detail) {
    return new DecidedProbe(
        new ProbeResult(
            name, kind, ProbeStatus.FAIL, reason, 0, 0, false, null, detail, optional, target));
  }

  @Override
  public String name() {
    return result.name();
  }

  @Override
  public ProbeKind kind() {
    return result.kind();
  }

  @Override
  public boolean optional() {
    return result.optional();
  }
}
