package dev.shipgate.workflow.sentry;

import dev.shipgate.core.Failure;
import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import dev.shipgate.schema.SchemaReport;
import dev.shipgate.workflow.MigrateReport;
import java.util.List;
import java.util.Optional;

/**
 * A sentry run: its steps in order (it stops at the first failure) and what each found. A step's
 * detail is null until the run reaches it.
 *
 * @param env what the env step found
 * @param connection what the connect step found
 * @param migrate what the migrate step did
 * @param expectations what the expectations step found
 * @param failureOrNull why the run stopped, or null when every step passed
 */
public record SentryReport(
    String project,
    String environment,
    List<SentryStep> steps,
    EnvCheck env,
    Connection connection,
    MigrateReport migrate,
    SchemaReport expectations,
    long durationMs,
    Failure failureOrNull)
    implements Outcome {
  public SentryReport {
    steps = List.copyOf(steps);
  }

  /**
   * The env step's findings.
   *
   * @param required {@code env.required}
   * @param missing the required variables that are unset or empty
   * @param databaseUrlSet whether {@code database.url} is non-empty
   */
  public record EnvCheck(List<String> required, List<String> missing, boolean databaseUrlSet) {
    public EnvCheck {
      required = List.copyOf(required);
      missing = List.copyOf(missing);
    }
  }

  /**
   * The connect step's findings.
   *
   * @param url the database URL with its password masked
   * @param latencyMs the average round trip of {@code pings} trivial queries
   * @param attempts the attempt that connected
   */
  public record Connection(
      String url,
      String product,
      String version,
      String database,
      double latencyMs,
      int pings,
      int attempts) {}

  public boolean ok() {
    return failureOrNull == null;
  }

  /** The step that failed, or null. */
  public SentryStep failedStep() {
    return steps.stream().filter(s -> !s.ok()).findFirst().orElse(null);
  }

  @Override
  public Verdict verdict() {
    return Verdict.of(ok());
  }

  @Override
  public Optional<Failure> failure() {
    return Optional.ofNullable(failureOrNull);
  }
}
