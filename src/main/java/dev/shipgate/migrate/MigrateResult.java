package dev.shipgate.migrate;

import dev.shipgate.core.Failure;
import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a builtin run did, or for a dry run would do; on failure, also what it did before (Flyway's
 * {@code MigrateErrorResult}: the steps that were applied render in every format).
 *
 * @param plan the files the run planned to apply, in order (empty when it stopped before planning)
 * @param baseline files {@code --baseline} records as applied without running them
 * @param steps what happened to each planned file, in order, up to and including a failed one
 * @param failedStep the file that failed, or null
 * @param alreadyApplied versioned files applied before this run
 * @param current the highest applied version after the run, or null
 * @param head the directory's highest version, or null
 * @param newerApplied versions applied here that are newer than the directory (a newer release)
 * @param failure why the run stopped, or null when it finished
 */
public record MigrateResult(
    Path dir,
    String layout,
    boolean dryRun,
    List<PlannedStep> plan,
    List<String> baseline,
    List<StepResult> steps,
    FailedStep failedStep,
    int alreadyApplied,
    String current,
    String head,
    List<MigrateEvents.NewerVersionApplied> newerApplied,
    long durationMs,
    Failure failureOrNull)
    implements Outcome {
  public MigrateResult {
    plan = List.copyOf(plan);
    baseline = List.copyOf(baseline);
    steps = List.copyOf(steps);
    newerApplied = List.copyOf(newerApplied);
  }

  /** A run that stopped before it had a plan (lint, connection, lock, refused plan). */
  static MigrateResult stopped(
      Path dir, String layout, boolean dryRun, long durationMs, Failure failure) {
    return new MigrateResult(
        dir,
        layout,
        dryRun,
        List.of(),
        List.of(),
        List.of(),
        null,
        0,
        null,
        null,
        List.of(),
        durationMs,
        failure);
  }

  @Override
  public Verdict verdict() {
    return Verdict.of(failureOrNull == null);
  }

  @Override
  public Optional<Failure> failure() {
    return Optional.ofNullable(failureOrNull);
  }

  /** Files this run applied itself (not those another run applied first). */
  public long appliedCount() {
    return steps.stream().filter(s -> s.outcome() == StepResult.Outcome.APPLIED).count();
  }
}
