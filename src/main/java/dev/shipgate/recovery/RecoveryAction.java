package dev.shipgate.recovery;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** What recovery runs for a target: a shell command, or a POST to an HTTP trigger. */
public sealed interface RecoveryAction {
  /** {@code command} or {@code trigger}, for stats and logs. */
  String kind();

  Duration timeout();

  /**
   * A shell command run in {@code cwd} with extra environment, killed with its children after
   * {@code timeout}; exit 0 is success.
   */
  record Command(String command, Path cwd, Map<String, String> env, Duration timeout)
      implements RecoveryAction {
    public Command {
      env = Map.copyOf(env);
    }

    @Override
    public String kind() {
      return "command";
    }
  }

  /**
   * A {@code POST} to {@code url}: 2xx is success, 429 defers the next attempt by its {@code
   * Retry-After} (not counted against the budget), anything else fails.
   */
  record Trigger(URI url, Duration timeout) implements RecoveryAction {
    @Override
    public String kind() {
      return "trigger";
    }
  }
}
