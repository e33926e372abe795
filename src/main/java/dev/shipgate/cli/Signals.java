package dev.shipgate.cli;

/**
 * SIGTERM and SIGINT for long-running commands: instead of the JVM's default (run shutdown hooks,
 * exit 143/130), the command is asked to stop and returns its own exit code (0 for {@code
 * monitor}). Uses {@code sun.misc.Signal}, present in every JDK shipgate runs on; where a signal
 * cannot be handled the JVM's default stays.
 */
final class Signals {
  private Signals() {}

  @SuppressWarnings("sunapi")
  static void onTerminate(Runnable stop) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), s -> stop.run());
      } catch (IllegalArgumentException e) {
        // this platform does not let us handle it: the default applies
      }
    }
  }
}
