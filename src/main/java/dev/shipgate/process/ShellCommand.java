package dev.shipgate.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one command line through the shell ({@code /bin/sh -c}, {@code cmd /c} on Windows) in a
 * directory with extra environment, streams its output (stdout and stderr merged) line by line, and
 * kills it with its children when it outlives the timeout. Its stdin is closed at once, so a
 * command that asks a question fails instead of hanging.
 */
public final class ShellCommand {
  /**
   * How the command ended.
   *
   * @param exitCode its exit code; -1 when it was killed
   * @param timedOut it outlived the timeout and was killed with its children
   */
  public record Result(int exitCode, boolean timedOut, Duration took) {
    public boolean ok() {
      return !timedOut && exitCode == 0;
    }
  }

  private ShellCommand() {}

  /**
   * @param env variables added to (or replacing in) shipgate's own environment
   * @param output receives each line the command prints, as it prints it
   * @throws IOException when the shell cannot be started
   */
  public static Result run(
      String command, Path cwd, Map<String, String> env, Duration timeout, Consumer<String> output)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(shell(command));
    pb.directory(cwd.toFile());
    pb.redirectErrorStream(true);
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      p.getOutputStream().close();
    } catch (IOException e) {
      // nothing to close
    }
    Thread pump = Thread.ofPlatform().daemon().start(() -> pump(p, output));
    boolean finished;
    try {
      finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    join(pump);
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    return finished ? new Result(p.exitValue(), false, took) : new Result(-1, true, took);
  }

  private static String[] shell(String command) {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return windows ? new String[] {"cmd", "/c", command} : new String[] {"/bin/sh", "-c", command};
  }

  private static void pump(Process p, Consumer<String> output) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.accept(line);
      }
    } catch (IOException e) {
      // the process was killed; its output ends here
    }
  }

  private static void join(Thread t) {
    try {
      t.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
