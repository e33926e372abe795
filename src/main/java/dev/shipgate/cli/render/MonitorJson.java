package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.monitor.Observation;
import dev.shipgate.monitor.TargetStatus;
import dev.shipgate.recovery.RecoveryOutcome;
import dev.shipgate.recovery.RecoveryStats;
import dev.shipgate.workflow.monitor.MonitorReport;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code monitor --format json}: {@code {"ok", "verdict", "ending", "startedAt", "durationMs",
 * "rounds", "summary", "targets": [...], "incidents", "recoveries": [...], "shutdown"}} (docs/
 * monitor.md). {@link #outcome} and {@link #stats} are the recovery engine's JSON, also for {@code
 * serve}'s {@code /health/recover} and {@code /health/recovery-stats}.
 */
public final class MonitorJson {
  private MonitorJson() {}

  public static ObjectNode document(MonitorReport r) {
    ObjectNode doc = Json.object();
    doc.put("ok", r.verdict() == dev.shipgate.core.Verdict.PASS);
    doc.put("verdict", r.verdict().name());
    doc.put("ending", r.ending().name());
    doc.put("startedAt", r.startedAt().toString());
    doc.put("durationMs", r.durationMs());
    doc.put("rounds", r.rounds());
    ObjectNode summary = doc.putObject("summary");
    for (var s : dev.shipgate.monitor.TargetState.values()) {
      if (s != dev.shipgate.monitor.TargetState.UNKNOWN) {
        summary.put(s.name().toLowerCase(Locale.ROOT), 0);
      }
    }
    ArrayNode targets = doc.putArray("targets");
    if (r.last() != null) {
      for (TargetStatus t : r.last().targets()) {
        targets.add(target(t));
        String k = t.state().name().toLowerCase(Locale.ROOT);
        if (summary.has(k)) {
          summary.put(k, summary.get(k).asInt() + 1);
        }
      }
    }
    ObjectNode inc = doc.putObject("incidents");
    inc.put("opened", r.incidentsOpened());
    inc.put("resolved", r.incidentsResolved());
    ArrayNode rec = doc.putArray("recoveries");
    r.recoveries().forEach(o -> rec.add(outcome(o)));
    if (r.shutdown() == null) {
      doc.putNull("shutdown");
    } else {
      ObjectNode s = doc.putObject("shutdown");
      s.put("reason", r.shutdown().reason());
      ArrayNode stopped = s.putArray("stopped");
      for (MonitorReport.Stopped st : r.shutdown().stopped()) {
        stopped
            .addObject()
            .put("service", st.service())
            .put("exitCode", st.exitCode())
            .put("timedOut", st.timedOut());
      }
      if (r.shutdown().incidentId() == null) {
        s.putNull("incidentId");
      } else {
        s.put("incidentId", r.shutdown().incidentId());
      }
    }
    return doc;
  }

  static ObjectNode target(TargetStatus t) {
    ObjectNode n = Json.object();
    n.put("name", t.target());
    n.put("kind", t.kind());
    n.put("state", t.state().name());
    n.put("own", t.own().name());
    n.put("failures", t.failures());
    n.put("passes", t.passes());
    n.put("rootCause", t.rootCause());
    Observation o = t.last();
    n.put("reason", o == null ? null : o.reason());
    n.put("detail", o == null ? null : o.detail());
    if (o == null) {
      n.putNull("latencyMs");
    } else {
      n.put("latencyMs", o.latencyMs());
    }
    return n;
  }

  /** One recovery call: {@code POST /health/recover}'s answer too. */
  public static ObjectNode outcome(RecoveryOutcome o) {
    ObjectNode n = Json.object();
    n.put("target", o.target());
    n.put("status", o.status().name());
    n.put("action", o.action());
    n.put("detail", o.detail());
    n.put("at", o.at().toString());
    n.put("durationMs", o.durationMs());
    n.put("attemptsInWindow", o.attemptsInWindow());
    n.put("maxAttempts", o.maxAttempts());
    n.put("nextAllowedAt", time(o.nextAllowedAt()));
    n.put("holder", o.holder());
    return n;
  }

  /** The engine's stats: {@code GET /health/recovery-stats}'s answer. */
  public static ObjectNode stats(RecoveryStats s) {
    ObjectNode n = Json.object();
    n.put("at", s.at().toString());
    ObjectNode lock = n.putObject("lock");
    lock.put("kind", s.lock().kind());
    lock.put("held", s.lock().held());
    lock.put("holder", s.lock().holder());
    lock.put("target", s.lock().target());
    lock.put("since", time(s.lock().since()));
    ArrayNode targets = n.putArray("targets");
    for (RecoveryStats.TargetStats t : s.targets()) {
      ObjectNode x = targets.addObject();
      x.put("target", t.target());
      x.put("action", t.action());
      x.put("attemptsInWindow", t.attemptsInWindow());
      x.put("maxAttempts", t.maxAttempts());
      x.put("windowSeconds", t.window().toSeconds());
      x.put("minIntervalSeconds", t.minInterval().toSeconds());
      x.put("consecutiveFailures", t.consecutiveFailures());
      x.put("lastAttemptAt", time(t.lastAttemptAt()));
      x.put("lastStatus", t.lastStatus());
      x.put("lastDetail", t.lastDetail());
      x.put("nextAllowedAt", time(t.nextAllowedAt()));
      x.put("escalatedAt", time(t.escalatedAt()));
      x.put("totalAttempts", t.totalAttempts());
      x.put("succeeded", t.succeeded());
      x.put("failed", t.failed());
    }
    return n;
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
