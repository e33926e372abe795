package dev.shipgate.recovery;

import dev.shipgate.config.RecoveryBudgetConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.core.Events;
import dev.shipgate.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A child process for {@link RecoveryEngineIT}: opens the store, attempts one recovery of {@code
 * db} with the given command, prints the status. Args: store URL, work dir, command.
 */
public final class AttemptOnce {
  private AttemptOnce() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[1]);
    try (Store store = RecoveryStores.open(args[0], dir);
        RecoveryEngine engine =
            RecoveryEngine.open(
                store,
                List.of(
                    new RecoveryTarget(
                        "db",
                        new RecoveryAction.Command(args[2], dir, Map.of(), Duration.ofSeconds(30)),
                        RecoveryBudgetConfig.defaults())),
                Redactor.urlsOnly(),
                Clock.systemUTC(),
                Events.none(),
                "child")) {
      RecoveryOutcome o = engine.attempt("db");
      System.out.println("STATUS " + o.status());
    }
  }
}
