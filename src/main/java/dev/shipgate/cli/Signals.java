package dev.shipgate.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as a callback, so a long-running command can stop cleanly and return its own
 * exit code (the JVM's default would exit 143 from a shutdown hook).
 */
final class Signals {
  private Signals() {}

  @SuppressWarnings("sunapi")
  static void onTerminate(Runnable action) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), s -> action.run());
      } catch (IllegalArgumentException e) {
        // this platform has no such signal: the JVM's default handling stays
      }
    }
  }
}
