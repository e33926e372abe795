package dev.shipgate.core;

/**
 * A user-facing failure: a machine-readable {@link ErrorCode} (which decides the exit code) and a
 * one-line message that says what went wrong, where, and how to fix it. The CLI prints only the
 * message (the stack trace only with {@code --verbose}).
 */
public class ShipgateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public ShipgateException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public ShipgateException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  public Failure failure() {
    return Failure.of(this);
  }

  /** The same failure with another message (e.g. redacted or with context added). */
  public ShipgateException withMessage(String message) {
    ShipgateException e = new ShipgateException(code, message, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  public static ShipgateException usage(String message) {
    return new ShipgateException(ErrorCode.USAGE, message);
  }

  public static ShipgateException inputMissing(String message) {
    return new ShipgateException(ErrorCode.NOT_FOUND, message);
  }

  public static ShipgateException config(String message) {
    return new ShipgateException(ErrorCode.CONFIG_INVALID, message);
  }
}
