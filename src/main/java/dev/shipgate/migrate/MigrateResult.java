package dev.shipgate.migrate;

import java.time.Duration;
import java.util.List;

/**
 * What a builtin run did (or, for a dry run, would do).
 *
 * @param applied files applied by this run, in order
 * @param baselined files recorded by {@code --baseline} without running them
 * @param planned for a dry run, the steps it would apply
 * @param alreadyApplied versioned files that were applied before this run
 * @param current the highest applied version after the run, or null
 * @param head the directory's highest version, or null
 */
public record MigrateResult(
    List<Applied> applied,
    List<String> baselined,
    List<Step> planned,
    int alreadyApplied,
    String current,
    String head,
    boolean dryRun,
    Duration took) {

  /** One line for logs and sentry: "applied 2, 7 already applied, at 007". */
  public String summary() {
    String at = current == null ? "no migrations applied" : "at " + current;
    if (dryRun) {
      return planned.size() + " to apply, " + alreadyApplied + " already applied, " + at;
    }
    long mine = applied.stream().filter(a -> !a.byOtherRun()).count();
    return "applied "
        + mine
        + (baselined.isEmpty() ? "" : ", baselined " + baselined.size())
        + ", "
        + alreadyApplied
        + " already applied, "
        + at;
  }
}
