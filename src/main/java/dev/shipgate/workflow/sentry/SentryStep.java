package dev.shipgate.workflow.sentry;

import dev.shipgate.core.Failure;

/**
 * One step of a sentry run: {@code env}, {@code connect}, {@code migrate} or {@code expectations}.
 *
 * @param number 1-based, of {@link Sentry#STEPS}
 * @param failure why it failed, or null when it passed
 */
public record SentryStep(String name, int number, long durationMs, Failure failure) {
  public boolean ok() {
    return failure == null;
  }
}
