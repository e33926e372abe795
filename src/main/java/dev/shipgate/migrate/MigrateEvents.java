package dev.shipgate.migrate;

import dev.shipgate.core.Event;
import java.util.List;

/** What a migrate run reports while it works; the results carry the same facts. */
public final class MigrateEvents {
  private MigrateEvents() {}

  /** A version newer than the directory's head is applied (a newer release migrated the DB). */
  public record NewerVersionApplied(String version, String name, String head) implements Event {}

  /** {@code --baseline}: these files are about to be recorded as applied without running them. */
  public record Baselining(String version, List<String> names) implements Event {
    public Baselining {
      names = List.copyOf(names);
    }
  }

  /** One step finished (applied, or found applied by another run). */
  public record StepDone(StepResult step) implements Event {}

  /** A line the team's migrator printed ({@code apply: command}). */
  public record MigratorOutput(String line) implements Event {}
}
