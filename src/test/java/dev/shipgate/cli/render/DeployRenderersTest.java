package dev.shipgate.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Failure;
import dev.shipgate.core.Json;
import dev.shipgate.deploy.ProcessGroups;
import dev.shipgate.testing.Golden;
import dev.shipgate.workflow.deploy.DeployEvents;
import dev.shipgate.workflow.deploy.DeployReport;
import dev.shipgate.workflow.deploy.DeployStatus;
import dev.shipgate.workflow.deploy.Phase;
import dev.shipgate.workflow.deploy.PhaseResult;
import dev.shipgate.workflow.deploy.PhaseStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deploy report's JSON shape (held against a golden file), its text and its HTML page. */
class DeployRenderersTest {
  static final Instant T0 = Instant.parse("2026-12-02T01:23:05.998Z");

  static DeployReport failedAtTheGate() {
    List<PhaseResult> phases = new ArrayList<>();
    phases.add(
        new PhaseResult(
            Phase.PRECHECK,
            PhaseStatus.PASS,
            T0,
            232,
            List.of(
                new PhaseResult.Stamped(
                    120, new DeployEvents.LockTaken("9186ebb24370fa21", null, null)),
                new PhaseResult.Stamped(
                    231, new DeployEvents.CheckPassed("port", "18091 (api) free"))),
            null));
    phases.add(
        new PhaseResult(
            Phase.BACKEND_START,
            PhaseStatus.PASS,
            T0.plusMillis(280),
            40,
            List.of(
                new PhaseResult.Stamped(
                    300,
                    new DeployEvents.ServiceStarted(
                        "api", "backend", 4242, "logs/api.log", 18091))),
            null));
    Failure f =
        new Failure(
            ErrorCode.NOT_READY,
            "api not ready after 3s and one recovery (api.ready[0] HTTP_5XX: HTTP 503)");
    phases.add(
        new PhaseResult(
            Phase.BACKEND_READY_GATE,
            PhaseStatus.FAIL,
            T0.plusMillis(320),
            5105,
            List.of(
                new PhaseResult.Stamped(
                    1070,
                    new DeployEvents.StillWaiting(
                        "api",
                        750,
                        3000,
                        List.of(
                            new DeployEvents.Pending(
                                "api.ready[0]", "HTTP_5XX", "HTTP 503 <html>")))),
                new PhaseResult.Stamped(3530, new DeployEvents.RecoverTriggered("api", 202, "{}"))),
            f));
    phases.add(new PhaseResult(Phase.FRONTEND_START, PhaseStatus.SKIP, null, 0, List.of(), null));
    phases.add(
        new PhaseResult(
            Phase.FAILURE_ROLLBACK,
            PhaseStatus.PASS,
            T0.plusMillis(5430),
            78,
            List.of(
                new PhaseResult.Stamped(
                    5500,
                    new DeployEvents.ServiceStopped(
                        "api", ProcessGroups.Signal.TERM, true, 18091, true))),
            null));
    return new DeployReport(
        "shop",
        "production",
        DeployStatus.FAILURE,
        "9186ebb24370fa21",
        "9186ebb24370fa21a423ffec79b92ef8",
        T0,
        5521,
        false,
        new DeployReport.Versions("3ee7667", "25.0.1", "0.1.0"),
        phases,
        List.of(
            new DeployReport.ServiceRun(
                "api",
                "backend",
                4242,
                18091,
                "logs/api.log",
                "STOPPED",
                null,
                List.of("api listening", "<b>503</b>"))),
        List.of(
            new DeployReport.HealthSnapshot(
                Phase.BACKEND_READY_GATE,
                "api",
                "api.ready[0]",
                "FAIL",
                503,
                3,
                "HTTP_5XX",
                "HTTP 503")),
        List.of(),
        null,
        Phase.BACKEND_READY_GATE,
        new DeployReport.Rollback(
            true,
            List.of(new DeployReport.Rollback.Stop("api", "TERM", true, 18091, true)),
            List.of(),
            78,
            60000,
            false),
        List.of("read logs/api.log (service api)"),
        f);
  }

  @Test
  void theJsonReportKeepsItsDocumentedShape() {
    StringWriter w = new StringWriter();
    Json.write(DeployJson.document(failedAtTheGate(), 1), new PrintWriter(w));
    Golden.assertMatches("deploy-failed-at-gate.json", w.toString());
  }

  @Test
  void theHtmlReportIsOneSelfContainedPageWithATimelineAndEscapedText() {
    String html = DeployHtml.page(failedAtTheGate(), 1);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<style>", "class=\"bar FAIL\"", "BACKEND_READY_GATE", "&lt;b&gt;503&lt;/b&gt;")
        .doesNotContain("<script", "<link", "src=", "<b>503</b>");
  }

  @Test
  void theTextReportListsPhasesEventsEvidenceAndNextSteps() {
    String txt = DeployText.report(failedAtTheGate(), 1);
    assertThat(txt)
        .contains(
            "status:    FAILURE (exit 1)",
            "BACKEND_READY_GATE       FAIL",
            "still waiting for api (0s of 3s): api.ready[0]: HTTP_5XX: HTTP 503",
            "recovery triggered once for api: HTTP 202",
            "| api listening",
            "rollback: complete",
            "- read logs/api.log (service api)");
  }
}
