package dev.shipgate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs child processes (git, the packaged shipgate jar) for black-box tests. */
public final class Processes {
  /** Exit code and combined output. */
  public record Result(int exitCode, String output) {}

  private Processes() {}

  /** The packaged jar as a child JVM command ({@code target/shipgate.jar}, built before ITs). */
  public static List<String> shipgateJar() {
    return ChildJvm.command();
  }

  /** The jar command as one shell string, for SHIPGATE=... in hooks. */
  public static String shipgateJarShell() {
    return String.join(" ", shipgateJar().stream().map(s -> "'" + s + "'").toList());
  }

  public static Result run(Path dir, Map<String, String> env, List<String> command) {
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Result(p.exitValue(), out);
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public static Result run(Path dir, Map<String, String> env, String... command) {
    return run(dir, env, new ArrayList<>(List.of(command)));
  }
}
