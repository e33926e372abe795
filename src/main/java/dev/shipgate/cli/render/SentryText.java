package dev.shipgate.cli.render;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.core.Event;
import dev.shipgate.core.Events;
import dev.shipgate.workflow.sentry.SentryEvents;
import dev.shipgate.workflow.sentry.SentryReport;
import dev.shipgate.workflow.sentry.SentryStep;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code sentry} for people, live: a header, one line per step as it ends ({@code [2/4] connect: ok
 * (114 ms): ...}), the features' own lines indented under the step that runs them, and a verdict.
 */
public final class SentryText implements Events {
  private static final String INDENT = "      ";

  private final PrintWriter out;
  private final EventText nested;

  public SentryText(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.nested = new EventText(out, err, INDENT);
  }

  @Override
  public void emit(Event event) {
    switch (event) {
      case SentryEvents.Started s ->
          line(
              "shipgate sentry: "
                  + (s.project() == null ? "" : s.project() + " ")
                  + "("
                  + s.environment()
                  + ")");
      case SentryEvents.StepStarted s -> {}
      case SentryEvents.StepFinished f -> line(stepLine(f.step(), f.report()));
      default -> nested.emit(event);
    }
  }

  /** The verdict line at the end (stdout on success; the failure goes to stderr). */
  public static void verdict(SentryReport r, PrintWriter out, PrintWriter err) {
    if (r.ok()) {
      out.println(
          "shipgate sentry: success in "
              + r.durationMs()
              + " ms: migrated, and the schema matches database.expect; safe to deploy");
      return;
    }
    SentryStep failed = r.failedStep();
    err.println(
        "shipgate: sentry failed at "
            + failed.name()
            + ": "
            + failed.failure().message()
            + "; next: "
            + next(r));
  }

  /** What to do after the step that failed. */
  public static String next(SentryReport r) {
    SentryStep failed = r.failedStep();
    if (failed == null) {
      return null;
    }
    return switch (failed.name()) {
      case "env" -> "set the missing variables in the platform's environment, then deploy again";
      case "connect" -> "check that the database is up and that DATABASE_URL points at it";
      case "migrate" ->
          r.migrate() != null && r.migrate().mode() == ApplyMode.COMMAND
              ? "read the [migrator] output above, fix the migration, and deploy again"
              : "fix the migration named above and deploy again; nothing after it ran";
      default ->
          "run `shipgate schema hotpatch` for SQL that adds what is missing, or add a migration"
              + " that creates it";
    };
  }

  private static String stepLine(SentryStep step, SentryReport r) {
    String label = "[" + step.number() + "/4] " + step.name();
    if (!step.ok()) {
      return label + ": FAILED (" + step.durationMs() + " ms): " + step.failure().message();
    }
    return label + ": ok (" + step.durationMs() + " ms): " + detail(step.name(), r);
  }

  private static String detail(String step, SentryReport r) {
    return switch (step) {
      case "env" -> env(r.env());
      case "connect" -> connection(r.connection());
      case "migrate" -> MigrateText.stepDetail(r.migrate());
      default -> r.expectations().summary();
    };
  }

  private static String env(SentryReport.EnvCheck e) {
    int n = e.required().size();
    return n == 0
        ? "no required variables configured (env.required); database.url is set"
        : n
            + " required "
            + (n == 1 ? "variable" : "variables")
            + " set: "
            + String.join(", ", e.required());
  }

  private static String connection(SentryReport.Connection c) {
    return c.url()
        + " - "
        + c.product()
        + " "
        + c.version()
        + ", database "
        + c.database()
        + ", latency "
        + String.format(Locale.ROOT, "%.2f", c.latencyMs())
        + " ms (average of "
        + c.pings()
        + " pings)"
        + (c.attempts() > 1 ? ", connected on attempt " + c.attempts() : "");
  }

  private void line(String s) {
    out.println(s);
    out.flush();
  }
}
