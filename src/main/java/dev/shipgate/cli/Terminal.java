package dev.shipgate.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/** Whether stdout is a terminal (colour on) or a pipe/file/CI log (colour off). */
final class Terminal {
  private Terminal() {}

  static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ returns a Console even when redirected; isTerminal() tells the truth.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a non-null console means a terminal
    }
  }

  /** Honours NO_COLOR (https://no-color.org) and TERM=dumb. */
  static boolean colorAllowed(Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }
}
