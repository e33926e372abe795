package dev.shipgate.schema;

import dev.shipgate.core.Failure;
import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * {@code schema check}: every expectation's verdict, or why the schema could not be read.
 *
 * @param report the verdicts; empty when the database could not be read
 * @param failureOrNull why the check could not run (database down, a query failed), or null
 */
public record SchemaCheck(SchemaReport report, Failure failureOrNull) implements Outcome {
  static SchemaCheck failed(Failure failure) {
    return new SchemaCheck(new SchemaReport(List.of()), failure);
  }

  public boolean ok() {
    return failureOrNull == null && report.ok();
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
