package dev.shipgate.core;

/**
 * Where a long-running service reports what it is doing: {@link #info} for progress a user follows
 * (stdout in a terminal run), {@link #warn} for things that need attention (stderr). Services never
 * print directly.
 */
public interface Progress {
  void info(String line);

  void warn(String line);

  /** Discards everything (for callers that only want the result). */
  static Progress silent() {
    return new Progress() {
      @Override
      public void info(String line) {}

      @Override
      public void warn(String line) {}
    };
  }
}
