package dev.shipgate.migrate;

import dev.shipgate.config.Durations;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DatabaseUrl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the team's own migrator ({@code migrations.command}, e.g. {@code npx prisma migrate deploy})
 * through the shell in the config's directory, with {@code DATABASE_URL} set to the database URL as
 * configured. Its output (stdout and stderr merged) is streamed line by line with a {@code
 * [migrator]} prefix; it is killed with its children when it outlives the timeout; a non-zero exit
 * fails the run.
 */
public final class CommandMigrator {
  public static final String PREFIX = "[migrator] ";

  /** What to run, where, with which environment. */
  public record Request(
      String command, Path cwd, Map<String, String> env, DatabaseUrl url, Duration timeout) {}

  private CommandMigrator() {}

  /**
   * Runs the command, streaming its output as {@link MigrateEvents.MigratorOutput}; returns how
   * long it took.
   *
   * @throws ShipgateException {@code COMMAND_FAILED} when it cannot start or exits non-zero, {@code
   *     COMMAND_TIMEOUT} when it outlives the timeout
   */
  public static Duration run(Request req, Events events) {
    ProcessBuilder pb = new ProcessBuilder(shell(req.command()));
    pb.directory(req.cwd().toFile());
    pb.redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.putAll(req.env());
    env.put("DATABASE_URL", req.url().raw());
    long t0 = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new ShipgateException(
          ErrorCode.COMMAND_FAILED,
          "cannot start migrations.command: " + e.getMessage() + " (is a shell available?)",
          e);
    }
    closeStdin(p);
    Thread pump = Thread.ofPlatform().daemon().start(() -> pump(p, events));
    boolean finished;
    try {
      finished = p.waitFor(req.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      join(pump);
      throw new ShipgateException(
          ErrorCode.COMMAND_TIMEOUT,
          "migrations.command did not finish within "
              + Durations.format(req.timeout())
              + " and was killed: "
              + req.command()
              + " (raise migrations.commandTimeout, or find what it waits for: often a lock held"
              + " by another deploy)");
    }
    join(pump);
    int code = p.exitValue();
    if (code != 0) {
      throw new ShipgateException(
          ErrorCode.COMMAND_FAILED,
          "migrations.command exited with "
              + code
              + ": "
              + req.command()
              + (code == 127 ? " (127: the shell did not find the program; is it installed?)" : "")
              + " (its output is above, prefixed "
              + PREFIX.strip()
              + ")");
    }
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  private static String[] shell(String command) {
    boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    return windows ? new String[] {"cmd", "/c", command} : new String[] {"/bin/sh", "-c", command};
  }

  private static void pump(Process p, Events events) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        events.emit(new MigrateEvents.MigratorOutput(line));
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

  private static void closeStdin(Process p) {
    try {
      p.getOutputStream().close();
    } catch (IOException e) {
      // nothing to close
    }
  }
}
