package dev.shipgate.verify;

import java.util.List;

/**
 * The verdict of {@code shipgate verify}: every stage in order. The exit code is 0 when no stage
 * failed, the stage's number when exactly one failed, 99 when more than one did.
 */
public record VerifyReport(List<StageResult> stages, boolean quick, long durationMs) {
  public static final int SEVERAL_STAGES_FAILED = 99;

  public VerifyReport {
    stages = List.copyOf(stages);
  }

  public List<StageResult> failed() {
    return stages.stream().filter(s -> s.status() == StageStatus.FAIL).toList();
  }

  public boolean ok() {
    return failed().isEmpty();
  }

  public int exitCode() {
    List<StageResult> failed = failed();
    return switch (failed.size()) {
      case 0 -> 0;
      case 1 -> failed.get(0).number();
      default -> SEVERAL_STAGES_FAILED;
    };
  }
}
