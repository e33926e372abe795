package dev.shipgate.probe;

/** The judgement of one attempt: a status, the reason when it is not a pass, and a detail. */
public record Verdict(ProbeStatus status, FailureReason reason, String detail) {
  public static Verdict pass(String detail) {
    return new Verdict(ProbeStatus.PASS, null, detail);
  }

  public static Verdict fail(FailureReason reason, String detail) {
    return new Verdict(ProbeStatus.FAIL, reason, detail);
  }

  public static Verdict degraded(FailureReason reason, String detail) {
    return new Verdict(ProbeStatus.DEGRADED, reason, detail);
  }

  public boolean failed() {
    return status == ProbeStatus.FAIL;
  }
}
