package dev.shipgate.core;

import java.util.Optional;

/**
 * What every verb's result says at the end: passed, partly, or not, and, when the run could not
 * finish, why. The CLI maps it to the exit code in one place.
 */
public interface Outcome {
  Verdict verdict();

  /** Why the run stopped early; empty when it ran to the end (whatever its verdict). */
  default Optional<Failure> failure() {
    return Optional.empty();
  }
}
