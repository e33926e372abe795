package dev.shipgate.workflow.incidents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.Category;
import dev.shipgate.incidents.IncidentRecorder.TargetOutcome;
import dev.shipgate.incidents.Severity;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.check.CheckReport;
import dev.shipgate.workflow.sentry.SentryReport;
import dev.shipgate.workflow.sentry.SentryStep;
import dev.shipgate.workflow.verify.StageResult;
import dev.shipgate.workflow.verify.StageStatus;
import dev.shipgate.workflow.verify.VerifyItem;
import dev.shipgate.workflow.verify.VerifyReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's result as one outcome per target, for {@code --record}: a check / external / agent, a
 * verify stage, a sentry step. Skipped targets are left out (neither recorded nor resolved). This
 * is where the judging verbs meet the incidents feature.
 */
public final class RunOutcomes {
  private RunOutcomes() {}

  public static List<TargetOutcome> check(CheckReport report) {
    List<TargetOutcome> out = new ArrayList<>();
    for (ProbeResult r : report.results()) {
      if (r.status() == ProbeStatus.SKIP) {
        continue;
      }
      boolean failing = r.status() == ProbeStatus.FAIL || r.status() == ProbeStatus.DEGRADED;
      ObjectNode d = Json.object();
      d.put("command", "check");
      d.put("target", r.name());
      d.put("kind", r.kind().id());
      d.put("status", r.status().name());
      d.put("reason", r.reason() == null ? null : r.reason().name());
      d.put("httpStatus", r.httpStatus());
      d.put("latencyMs", r.latencyMs());
      d.put("url", r.target());
      d.put("detail", r.detail());
      d.put("runId", report.runId());
      d.put("next", "run shipgate check " + r.name() + " to see it again");
      String what = r.kind().id() + " " + r.name();
      String summary =
          failing
              ? what
                  + (r.status() == ProbeStatus.DEGRADED ? " degraded" : " failed")
                  + (r.reason() == null ? "" : ": " + r.reason().name())
                  + (r.detail().isBlank() ? "" : ": " + r.detail())
              : what + " passed";
      out.add(
          new TargetOutcome(
              r.name(),
              failing,
              r.isHardFailure() ? Severity.CRITICAL : Severity.WARN,
              r.kind() == ProbeKind.EXTERNAL ? Category.API : Category.BACKEND,
              summary,
              d));
    }
    return out;
  }

  public static List<TargetOutcome> verify(VerifyReport report) {
    List<TargetOutcome> out = new ArrayList<>();
    for (StageResult s : report.stages()) {
      if (s.status() == StageStatus.SKIP) {
        continue;
      }
      boolean failing = s.status() == StageStatus.FAIL;
      ObjectNode d = Json.object();
      d.put("command", "verify");
      d.put("stage", s.number());
      d.put("target", s.name());
      ArrayNode failed = d.putArray("failed");
      List<String> names = new ArrayList<>();
      for (VerifyItem i : s.items()) {
        if (!i.ok()) {
          failed.addObject().put("name", i.name()).put("detail", i.detail());
          names.add(i.name() + (i.detail() == null ? "" : " (" + i.detail() + ")"));
        }
      }
      d.put("next", "run shipgate verify to see every stage");
      String summary =
          failing
              ? "verify stage "
                  + s.number()
                  + " "
                  + s.name()
                  + " failed: "
                  + String.join("; ", names)
              : "verify stage " + s.number() + " " + s.name() + " passed";
      out.add(
          new TargetOutcome(
              s.name(), failing, Severity.CRITICAL, category(s.number()), summary, d));
    }
    return out;
  }

  /** The steps the run reached: the passed ones and the one that failed. */
  public static List<TargetOutcome> sentry(SentryReport r) {
    List<TargetOutcome> out = new ArrayList<>();
    for (SentryStep s : r.steps()) {
      ObjectNode d = Json.object();
      d.put("command", "sentry");
      d.put("target", s.name());
      d.put("step", s.number());
      if (!s.ok()) {
        d.put("detail", s.failure().message());
        d.put("errorCode", s.failure().code().id());
        d.put("next", "fix what the message says, then rerun shipgate sentry");
      }
      String summary =
          s.ok()
              ? "sentry step " + s.name() + " passed"
              : "sentry failed at " + s.name() + ": " + s.failure().message();
      out.add(
          new TargetOutcome(
              s.name(), !s.ok(), Severity.CRITICAL, sentryCategory(s.name()), summary, d));
    }
    return out;
  }

  private static Category category(int stage) {
    return switch (stage) {
      case 1 -> Category.BACKEND;
      case 2 -> Category.MIGRATION;
      case 3 -> Category.API;
      default -> Category.DB;
    };
  }

  private static Category sentryCategory(String step) {
    return switch (step) {
      case "env" -> Category.DEPLOY;
      case "migrate" -> Category.MIGRATION;
      default -> Category.DB;
    };
  }
}
