package dev.shipgate.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** How a hook script should run this shipgate again: the launcher, the jar, or PATH. */
final class ShipgateInvocation {
  private ShipgateInvocation() {}

  /** Shell words, quoted for sh. */
  static String shellCommand(Map<String, String> env) {
    String launcher = env.get("SHIPGATE_LAUNCHER");
    if (launcher != null && Files.isExecutable(Path.of(launcher))) {
      return quote(Path.of(launcher).toAbsolutePath().toString());
    }
    try {
      Path code =
          Path.of(
              ShipgateInvocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code) && code.toString().endsWith(".jar")) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return quote(java.toString()) + " -jar " + quote(code.toAbsolutePath().toString());
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall through to PATH
    }
    return "shipgate";
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
