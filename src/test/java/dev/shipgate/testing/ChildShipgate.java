package dev.shipgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs target/shipgate.jar in a child JVM (failsafe runs after package, so the jar exists), for
 * tests that kill a process or run several at once. Output goes to a file per process.
 */
public final class ChildShipgate {
  private ChildShipgate() {}

  public static Process start(Path log, Map<String, String> env, String... args) {
    Path jar = Path.of("target", "shipgate.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run through failsafe (mvn verify)");
    }
    List<String> cmd = ChildJvm.command(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String output(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
