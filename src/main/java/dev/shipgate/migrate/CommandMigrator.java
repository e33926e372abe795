package dev.shipgate.migrate;

import dev.shipgate.config.Durations;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.process.ShellCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
    Map<String, String> env = new java.util.HashMap<>(req.env());
    env.put("DATABASE_URL", req.url().raw());
    ShellCommand.Result r;
    try {
      r =
          ShellCommand.run(
              req.command(),
              "running migrations.command",
              req.cwd(),
              env,
              req.timeout(),
              line -> events.emit(new MigrateEvents.MigratorOutput(line)));
    } catch (IOException e) {
      throw new ShipgateException(
          ErrorCode.COMMAND_FAILED,
          "cannot start migrations.command: " + e.getMessage() + " (is a shell available?)",
          e);
    }
    if (r.timedOut()) {
      throw new ShipgateException(
          ErrorCode.COMMAND_TIMEOUT,
          "migrations.command did not finish within "
              + Durations.format(req.timeout())
              + " and was killed: "
              + req.command()
              + " (raise migrations.commandTimeout, or find what it waits for: often a lock held"
              + " by another deploy)");
    }
    if (r.exitCode() != 0) {
      throw new ShipgateException(
          ErrorCode.COMMAND_FAILED,
          "migrations.command exited with "
              + r.exitCode()
              + ": "
              + req.command()
              + (r.exitCode() == 127
                  ? " (127: the shell did not find the program; is it installed?)"
                  : "")
              + " (its output is above, prefixed "
              + PREFIX.strip()
              + ")");
    }
    return r.took();
  }
}
