package dev.shipgate.workflow.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.Detection;
import dev.shipgate.incidents.EventType;
import dev.shipgate.incidents.RecordResult;
import dev.shipgate.incidents.Severity;
import dev.shipgate.incidents.notify.Notifications;
import java.nio.file.Path;
import java.sql.PreparedStatement;

/**
 * A failed deploy records a CRITICAL incident (category from the failing phase) with the phases,
 * the error and the report path; a later successful deploy resolves it. Notifications go out
 * through the outbox. A store that cannot be written never changes the deploy's verdict. Every run
 * is also one row of {@code deploy_run}.
 */
final class IncidentStep {
  private final RunState s;

  IncidentStep(RunState s) {
    this.s = s;
  }

  static String key(RunState s) {
    return Notifications.project(s.config) + "/deploy";
  }

  void record(DeployReport report, Path reportPath) {
    if (s.incidents == null || report.dryRun()) {
      return;
    }
    try {
      runRow(report, reportPath);
      if (report.status() == DeployStatus.FAILURE) {
        ObjectNode details = Json.object();
        details.put("runId", report.runId());
        details.put("phase", String.valueOf(report.failedPhase()));
        details.put(
            "error", report.failureOrNull() == null ? null : report.failureOrNull().message());
        details.put(
            "errorCode",
            report.failureOrNull() == null ? null : report.failureOrNull().code().id());
        details.put("report", reportPath == null ? null : reportPath.toString());
        ArrayNode phases = details.putArray("phases");
        for (PhaseResult p : report.phases()) {
          phases
              .addObject()
              .put("state", p.state().name())
              .put("status", p.status().name())
              .put("durationMs", p.durationMs());
        }
        Detection d =
            Detection.of(
                    key(s),
                    Severity.CRITICAL,
                    report.failedPhase() == null
                        ? Phase.PRECHECK.category()
                        : report.failedPhase().category(),
                    "deploy failed in " + report.failedPhase(),
                    details)
                .withRun(report.runId(), report.traceId());
        Detection withMessage =
            new Detection(
                d.key(),
                d.severity(),
                d.category(),
                d.summary(),
                EventType.DETECTED,
                report.failureOrNull() == null ? null : report.failureOrNull().message(),
                d.details(),
                details,
                d.deployId(),
                d.traceId());
        RecordResult r = s.incidents.service().record(withMessage);
        s.out.emit(
            new DeployEvents.IncidentRecorded(
                r.incident().id(), r.transition().map(Enum::name).orElse(r.outcome().name())));
      } else {
        s.incidents
            .service()
            .resolveKey(key(s), "deploy " + report.runId() + " succeeded")
            .ifPresent(r -> s.out.emit(new DeployEvents.IncidentResolved(r.incident().id())));
      }
    } catch (RuntimeException e) {
      s.out.emit(new DeployEvents.IncidentNotRecorded(String.valueOf(e.getMessage())));
    }
  }

  private void runRow(DeployReport r, Path reportPath) {
    s.incidents
        .service()
        .store()
        .write(
            c -> {
              try (PreparedStatement st =
                  c.prepareStatement(
                      "INSERT INTO deploy_run (run_id, project, status, failed_phase, started_at,"
                          + " duration_ms, trace_id, report_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setString(1, r.runId());
                st.setString(2, Notifications.project(s.config));
                st.setString(3, r.status().name());
                st.setString(4, r.failedPhase() == null ? null : r.failedPhase().name());
                st.setLong(5, r.startedAt().toEpochMilli());
                st.setLong(6, r.durationMs());
                st.setString(7, r.traceId());
                st.setString(8, reportPath == null ? null : reportPath.toString());
                st.executeUpdate();
              }
              return null;
            });
  }
}
