package dev.shipgate.workflow;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.core.Failure;
import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import dev.shipgate.migrate.MigrateResult;
import dev.shipgate.status.HistoryStatus;
import java.util.Optional;

/**
 * {@code shipgate migrate}, either way it applies: the builtin runner's result, or the team's
 * migrator run and then its history checked.
 *
 * @param builtin the builtin run ({@code apply: builtin}), else null
 * @param command the migrator that ran ({@code apply: command}), else null
 * @param history that tool's history after it ran, when {@code migrations.dir} says where its files
 *     are; else null
 * @param failureOrNull why the run stopped, or null
 */
public record MigrateReport(
    ApplyMode mode,
    MigrateResult builtin,
    CommandRun command,
    HistoryStatus history,
    Failure failureOrNull)
    implements Outcome {

  /**
   * The team's migrator: what ran and how long it took.
   *
   * @param dryRun it was not run ({@code --dry-run})
   */
  public record CommandRun(String command, long durationMs, boolean dryRun) {}

  static MigrateReport of(MigrateResult r) {
    return new MigrateReport(ApplyMode.BUILTIN, r, null, null, r.failure().orElse(null));
  }

  @Override
  public Verdict verdict() {
    return Verdict.of(failureOrNull == null);
  }

  @Override
  public Optional<Failure> failure() {
    return Optional.ofNullable(failureOrNull);
  }
}
