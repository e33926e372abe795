package dev.shipgate.monitor;

import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * One round: every target's status (checked this round or not). Its verdict is the {@code check}
 * rule: FAIL when a target is DOWN (or failing and required, before hysteresis has had its say in a
 * single round), PARTIAL when something is DEGRADED or SUPPRESSED, else PASS.
 */
public record RoundResult(int round, Instant at, List<TargetStatus> targets) implements Outcome {
  @Override
  public Verdict verdict() {
    boolean partial = false;
    for (TargetStatus t : targets) {
      switch (t.state()) {
        case DOWN -> {
          return Verdict.FAIL;
        }
        case DEGRADED, SUPPRESSED -> partial = true;
        default -> {}
      }
    }
    return partial ? Verdict.PARTIAL : Verdict.PASS;
  }

  public TargetStatus target(String name) {
    return targets.stream().filter(t -> t.target().equals(name)).findFirst().orElseThrow();
  }
}
