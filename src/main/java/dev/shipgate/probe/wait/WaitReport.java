package dev.shipgate.probe.wait;

import java.util.List;

/** Every target's outcome, in the order given, and whether all became ready in time. */
public record WaitReport(List<TargetOutcome> outcomes, long elapsedMs, long timeoutMs) {
  public WaitReport {
    outcomes = List.copyOf(outcomes);
  }

  public boolean allReady() {
    return outcomes.stream().allMatch(TargetOutcome::ready);
  }

  public List<TargetOutcome> pending() {
    return outcomes.stream().filter(o -> !o.ready()).toList();
  }
}
