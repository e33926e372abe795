package dev.shipgate.core;

/**
 * A user-facing failure: carries the exit code and a one-line message that says what went wrong,
 * where, and how to fix it. The CLI prints only the message (the stack trace only with {@code
 * --verbose}).
 */
public class ShipgateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public ShipgateException(ExitCode exitCode, String message) {
    this(exitCode, message, null);
  }

  public ShipgateException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public static ShipgateException usage(String message) {
    return new ShipgateException(ExitCode.USAGE, message);
  }

  public static ShipgateException inputMissing(String message) {
    return new ShipgateException(ExitCode.INPUT_MISSING, message);
  }

  public static ShipgateException config(String message) {
    return new ShipgateException(ExitCode.CONFIG, message);
  }
}
