package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.migrate.FailedStep;
import dev.shipgate.migrate.MigrateEvents;
import dev.shipgate.migrate.MigrateResult;
import dev.shipgate.migrate.PlannedStep;
import dev.shipgate.migrate.StepResult;
import dev.shipgate.workflow.MigrateReport;
import java.util.Locale;

/**
 * {@code migrate --format json} (docs/database.md): the plan, each step with its outcome, the
 * failed step with file:line and SQLSTATE, and the error; the same on success and on failure.
 */
public final class MigrateJson {
  private MigrateJson() {}

  public static ObjectNode document(MigrateReport r) {
    ObjectNode o = Json.object();
    o.put("ok", r.failureOrNull() == null);
    o.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
    MigrateResult m = r.builtin();
    o.put("dryRun", m != null ? m.dryRun() : r.command() != null && r.command().dryRun());
    if (m != null) {
      builtin(o, m);
    }
    if (r.command() == null) {
      o.putNull("command");
    } else {
      ObjectNode c = o.putObject("command");
      c.put("command", r.command().command());
      c.put("durationMs", r.command().durationMs());
    }
    if (r.history() == null) {
      o.putNull("history");
    } else {
      o.set("history", StatusRenderer.history(r.history()));
    }
    Documents.error(o, r.failureOrNull());
    return o;
  }

  private static void builtin(ObjectNode o, MigrateResult m) {
    Documents.path(o, "dir", m.dir());
    o.put("layout", m.layout());
    ArrayNode plan = o.putArray("plan");
    for (PlannedStep s : m.plan()) {
      ObjectNode n = plan.addObject();
      n.put("name", s.name());
      Documents.path(n, "file", s.file());
      n.put("version", s.version());
      n.put("outsideTransaction", s.outsideTransaction());
    }
    Documents.strings(o.putArray("baseline"), m.baseline());
    ArrayNode steps = o.putArray("steps");
    for (StepResult s : m.steps()) {
      ObjectNode n = steps.addObject();
      n.put("name", s.name());
      Documents.path(n, "file", s.file());
      n.put("version", s.version());
      n.put("outcome", s.outcome().name());
      n.put("durationMs", s.durationMs());
      n.put("outsideTransaction", s.outsideTransaction());
    }
    FailedStep f = m.failedStep();
    if (f == null) {
      o.putNull("failedStep");
    } else {
      ObjectNode n = o.putObject("failedStep");
      n.put("name", f.name());
      Documents.path(n, "file", f.file());
      if (f.line() == null) {
        n.putNull("line");
      } else {
        n.put("line", f.line());
      }
      n.put("sqlState", f.sqlState());
      n.put("reason", f.reason());
      n.put("partlyApplied", f.partlyApplied());
    }
    o.put("alreadyApplied", m.alreadyApplied());
    o.put("current", m.current());
    o.put("head", m.head());
    ArrayNode newer = o.putArray("newerApplied");
    for (MigrateEvents.NewerVersionApplied n : m.newerApplied()) {
      newer.addObject().put("version", n.version()).put("name", n.name());
    }
    o.put("durationMs", m.durationMs());
  }
}
