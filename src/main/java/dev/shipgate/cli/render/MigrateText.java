package dev.shipgate.cli.render;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.migrate.MigrateResult;
import dev.shipgate.migrate.PlannedStep;
import dev.shipgate.migrate.StepResult;
import dev.shipgate.workflow.MigrateReport;
import java.io.PrintWriter;

/** {@code migrate} for people: what a dry run would do, and one summary line. */
public final class MigrateText {
  private MigrateText() {}

  /** After the run: a dry run's plan, then the summary (a failure is the caller's to print). */
  public static void render(MigrateReport r, PrintWriter out) {
    if (r.command() != null) {
      if (r.command().dryRun()) {
        out.println("would run migrations.command: " + r.command().command());
      } else if (r.failureOrNull() == null) {
        out.println(
            r.history() == null
                ? "shipgate migrate: migrations.command exited 0 (set migrations.dir to check its"
                    + " history)"
                : "shipgate migrate: migrations.command exited 0; "
                    + r.history().source()
                    + " history at "
                    + r.history().current());
      }
      return;
    }
    MigrateResult m = r.builtin();
    if (m == null || m.failureOrNull() != null) {
      return;
    }
    if (m.dryRun()) {
      for (String name : m.baseline()) {
        out.println("would baseline " + name + " (record as applied, not run)");
      }
      for (PlannedStep s : m.plan()) {
        out.println(
            "would apply "
                + s.name()
                + (s.outsideTransaction() == null
                    ? ""
                    : " outside a transaction (" + s.outsideTransaction() + ")"));
      }
      if (m.plan().isEmpty() && m.baseline().isEmpty()) {
        out.println("nothing to apply");
      }
    }
    out.println(
        "shipgate migrate: "
            + (m.dryRun() ? "dry run, " : "")
            + summary(m)
            + " ("
            + m.durationMs()
            + " ms)");
  }

  /** "applied 2, 7 already applied, at 007". */
  public static String summary(MigrateResult m) {
    String at = m.current() == null ? "no migrations applied" : "at " + m.current();
    if (m.dryRun()) {
      return m.plan().size() + " to apply, " + m.alreadyApplied() + " already applied, " + at;
    }
    return "applied "
        + m.appliedCount()
        + (m.baseline().isEmpty() ? "" : ", baselined " + m.baseline().size())
        + ", "
        + m.alreadyApplied()
        + " already applied, "
        + at;
  }

  /** What sentry's migrate step found. */
  public static String stepDetail(MigrateReport r) {
    if (r.command() != null) {
      return r.history() == null
          ? "migrations.command exited 0 (no migrations.dir, so its history was not checked)"
          : "migrations.command exited 0; "
              + r.history().source()
              + " history at "
              + r.history().current();
    }
    return summary(r.builtin()) + " (" + DisplayPaths.of(r.builtin().dir()) + ")";
  }

  static String stepLine(StepResult s) {
    if (s.outcome() == StepResult.Outcome.APPLIED_BY_OTHER_RUN) {
      return "skipped " + s.name() + " (another run applied it first)";
    }
    return "applied "
        + s.name()
        + " in "
        + s.durationMs()
        + " ms"
        + (s.outsideTransaction() != null
            ? " (outside a transaction: " + s.outsideTransaction() + ")"
            : "");
  }
}
