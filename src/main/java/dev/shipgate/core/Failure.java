package dev.shipgate.core;

/**
 * Why a run stopped: a machine-readable {@link ErrorCode} and a one-line message for people (what,
 * where, how to fix). Results carry it so what happened before the failure still renders.
 */
public record Failure(ErrorCode code, String message) {
  public Failure {
    if (code == null || message == null) {
      throw new IllegalArgumentException("a failure needs a code and a message");
    }
  }

  public static Failure of(ShipgateException e) {
    return new Failure(e.code(), e.getMessage());
  }
}
