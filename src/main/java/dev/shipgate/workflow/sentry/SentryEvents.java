package dev.shipgate.workflow.sentry;

import dev.shipgate.core.Event;

/**
 * A sentry run's progress: it started, a step started, a step finished. Events of the features a
 * step runs (connection retries, applied files, the migrator's output) arrive between a step's
 * start and its end.
 */
public final class SentryEvents {
  private SentryEvents() {}

  public record Started(String project, String environment) implements Event {}

  public record StepStarted(String name, int number, int of) implements Event {}

  /**
   * @param report the run so far, including this step's detail
   */
  public record StepFinished(SentryStep step, SentryReport report) implements Event {}
}
