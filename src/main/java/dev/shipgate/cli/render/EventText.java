package dev.shipgate.cli.render;

import dev.shipgate.config.Durations;
import dev.shipgate.core.Event;
import dev.shipgate.core.Events;
import dev.shipgate.db.DbEvents;
import dev.shipgate.migrate.CommandMigrator;
import dev.shipgate.migrate.MigrateEvents;
import java.io.PrintWriter;

/**
 * Prints the events of the database and migrate features as they happen, one line each: progress to
 * {@code info}, things that need attention to {@code warn}, each line after {@code indent}. Events
 * it does not know are left to the final document.
 */
public final class EventText implements Events {
  private final PrintWriter info;
  private final PrintWriter warn;
  private final String indent;

  public EventText(PrintWriter info, PrintWriter warn, String indent) {
    this.info = info;
    this.warn = warn;
    this.indent = indent;
  }

  /** Every line to stderr: for runs whose stdout is one JSON document. */
  public static EventText toStderr(PrintWriter err) {
    return new EventText(err, err, "");
  }

  @Override
  public void emit(Event event) {
    switch (event) {
      case DbEvents.ConnectRetry r ->
          info(
              "attempt "
                  + r.attempt()
                  + "/"
                  + r.attempts()
                  + " failed: "
                  + r.reason()
                  + "; retrying in "
                  + Durations.format(r.backoff()));
      case DbEvents.LockWaiting w ->
          warn(
              "waiting for the migration lock held by "
                  + w.holder()
                  + " (waited "
                  + w.waited().toSeconds()
                  + "s, giving up after "
                  + Durations.format(w.timeout())
                  + ")");
      case MigrateEvents.StepDone d -> info(MigrateText.stepLine(d.step()));
      case MigrateEvents.NewerVersionApplied n ->
          warn(
              "warning: version "
                  + n.version()
                  + " ("
                  + n.name()
                  + ") is applied but newer than this directory's head "
                  + n.head()
                  + ": a newer release migrated this database");
      case MigrateEvents.Baselining b -> {
        warn(
            "BASELINE: recording "
                + b.names().size()
                + " migrations up to version "
                + b.version()
                + " as applied WITHOUT running them; this is only right if the database already"
                + " holds their changes");
        b.names().forEach(n -> warn("BASELINE: " + n));
      }
      case MigrateEvents.MigratorOutput o -> info(CommandMigrator.PREFIX + o.line());
      default -> {}
    }
  }

  private void info(String line) {
    info.println(indent + line);
    info.flush();
  }

  private void warn(String line) {
    warn.println(indent + line);
    warn.flush();
  }
}
