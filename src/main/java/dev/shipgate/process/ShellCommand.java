package dev.shipgate.process;

import dev.shipgate.core.Interruption;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    return run(command, "running `" + command + "`", cwd, env, timeout, output);
  }

  /**
   * As above; {@code what} says what it is doing ("running migrations.command") when a signal
   * interrupts it. The command runs in a process group of its own (through {@code setsid} where
   * there is one), so a timeout or a signal to shipgate stops it with every process it started,
   * even those whose parent has already exited.
   */
  public static Result run(
      String command,
      String what,
      Path cwd,
      Map<String, String> env,
      Duration timeout,
      Consumer<String> output)
      throws IOException {
    boolean grouped = SETSID != null;
    ProcessBuilder pb = new ProcessBuilder(shell(command, grouped));
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
    try (var running =
        Interruption.during(
            what,
            () -> {
              stop(p, grouped);
              Interruption.note(
                  "stopped it and every process it started"
                      + (grouped ? " (process group " + p.pid() + ")" : ""));
            })) {
      finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    boolean interrupted = Interruption.received().isPresent();
    if (!finished || interrupted) {
      stop(p, grouped);
    }
    join(pump);
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    if (finished && !interrupted) {
      return new Result(p.exitValue(), false, took);
    }
    return finished ? new Result(p.exitValue(), false, took) : new Result(-1, true, took);
  }

  /** {@code setsid} (util-linux), or null where there is none (macOS, Windows). */
  private static final String SETSID = setsid();

  private static String setsid() {
    for (String candidate : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Stops the command and everything it started: SIGTERM to its process group, a moment to exit,
   * then SIGKILL to what is left; without a group, its descendants and itself, forcibly.
   */
  private static void stop(Process p, boolean grouped) {
    if (grouped) {
      signalGroup(p.pid(), "TERM");
      try {
        p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      signalGroup(p.pid(), "KILL"); // grandchildren that ignored TERM or outlived their parent
    }
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    try {
      p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final Duration STOP_GRACE = Duration.ofSeconds(2);

  private static void signalGroup(long pgid, String signal) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, "--", "-" + pgid)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      kill.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // no kill(1): the descendants are destroyed one by one below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String[] shell(String command, boolean grouped) {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    if (windows) {
      return new String[] {"cmd", "/c", command};
    }
    return grouped
        ? new String[] {SETSID, "/bin/sh", "-c", command}
        : new String[] {"/bin/sh", "-c", command};
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
