package dev.shipgate.workflow.verify;

import java.util.List;

/**
 * One verify stage: its number (1 processes/containers, 2 migrations/schema, 3 endpoints, 4 data
 * floors; the number is also its exit code when it alone fails), what it checked and the verdict.
 */
public record StageResult(
    int number,
    String name,
    StageStatus status,
    List<VerifyItem> items,
    String detail,
    long durationMs) {
  public StageResult {
    items = List.copyOf(items);
  }

  /** PASS when every item passed, FAIL otherwise, SKIP when there was nothing to check. */
  public static StageResult of(int number, String name, List<VerifyItem> items, long durationMs) {
    StageStatus status =
        items.isEmpty()
            ? StageStatus.SKIP
            : items.stream().allMatch(VerifyItem::ok) ? StageStatus.PASS : StageStatus.FAIL;
    String detail = items.isEmpty() ? "nothing configured" : null;
    return new StageResult(number, name, status, items, detail, durationMs);
  }

  public static StageResult skipped(int number, String name, String why) {
    return new StageResult(number, name, StageStatus.SKIP, List.of(), why, 0);
  }
}
