package dev.shipgate.migrate;

import java.nio.file.Path;

/**
 * What happened to one file of the plan.
 *
 * @param version the version text, or null for a repeatable
 * @param outsideTransaction why it ran statement by statement outside a transaction, or null
 */
public record StepResult(
    String name,
    Path file,
    String version,
    Outcome outcome,
    long durationMs,
    String outsideTransaction) {
  /** How the step ended. */
  public enum Outcome {
    /** Applied by this run, with its history row. */
    APPLIED,
    /** Recorded as applied without running it ({@code --baseline}). */
    BASELINED,
    /** Another run applied it first (found when re-checking inside the transaction). */
    APPLIED_BY_OTHER_RUN,
    /** It failed; see {@link MigrateResult#failedStep()}. */
    FAILED
  }
}
