package dev.shipgate.workflow.verify;

import java.util.List;

/**
 * The verdict of {@code shipgate verify}: every stage in order. Which stages failed decides the
 * exit code (the CLI's mapping: 0, the stage's number, or 99).
 */
public record VerifyReport(List<StageResult> stages, boolean quick, long durationMs) {
  public VerifyReport {
    stages = List.copyOf(stages);
  }

  public List<StageResult> failed() {
    return stages.stream().filter(s -> s.status() == StageStatus.FAIL).toList();
  }

  public boolean ok() {
    return failed().isEmpty();
  }

  /** The numbers of the failed stages, in order. */
  public List<Integer> failedStages() {
    return failed().stream().map(StageResult::number).toList();
  }
}
