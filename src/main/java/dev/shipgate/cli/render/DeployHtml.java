package dev.shipgate.cli.render;

import dev.shipgate.workflow.deploy.DeployReport;
import dev.shipgate.workflow.deploy.PhaseResult;
import dev.shipgate.workflow.deploy.PhaseStatus;

/**
 * The {@code .html} deploy report: one self-contained file (inline CSS, no scripts, no external
 * assets) with the verdict, a phase timeline (bars to scale), each phase's events, services with
 * their last log lines, health snapshots, externals, the rollback and the next steps.
 */
public final class DeployHtml {
  private DeployHtml() {}

  public static String page(DeployReport r, int exitCode) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>deploy ")
        .append(esc(r.status().name()))
        .append(" · ")
        .append(esc(r.project() == null ? "" : r.project()))
        .append(" · ")
        .append(esc(r.runId()))
        .append("</title>\n<style>\n")
        .append(
            "body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}"
                + "h1 .SUCCESS{color:#17803d}h1 .FAILURE{color:#b42318}h1 .PARTIAL{color:#b54708}"
                + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{padding:3px 10px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}"
                + ".bar{height:14px;display:inline-block;min-width:2px}.PASS{background:#32d583}.FAIL{background:#f97066}.SKIP{background:#d0d5dd}"
                + "pre{background:#f6f8fa;padding:8px;overflow:auto}code{font-family:ui-monospace,monospace}.muted{color:#667085}\n")
        .append("</style></head><body>\n");
    b.append("<h1>shipgate deploy: <span class=\"")
        .append(r.status().name())
        .append("\">")
        .append(r.status().name())
        .append("</span> <span class=\"muted\">(exit ")
        .append(exitCode)
        .append(")</span></h1>\n");
    b.append("<table>")
        .append(row("project", r.project() + " (" + r.environment() + ")"))
        .append(row("run", r.runId()))
        .append(row("trace", r.traceId()))
        .append(row("started", r.startedAt() + ", took " + r.durationMs() + " ms"))
        .append(
            row(
                "versions",
                "git "
                    + r.versions().git()
                    + ", java "
                    + r.versions().java()
                    + ", shipgate "
                    + r.versions().shipgate()));
    if (r.failureOrNull() != null) {
      b.append(row("failed at", r.failedPhase() + ": " + r.failureOrNull().message()));
    }
    b.append("</table>\n<h2>Timeline</h2>\n<table>\n");
    long total = Math.max(1, r.phases().stream().mapToLong(PhaseResult::durationMs).sum());
    for (PhaseResult p : r.phases()) {
      long width = p.status() == PhaseStatus.SKIP ? 0 : Math.max(2, p.durationMs() * 600 / total);
      b.append("<tr><td><code>")
          .append(p.state())
          .append("</code></td><td>")
          .append(p.status())
          .append("</td><td>")
          .append(p.durationMs())
          .append(" ms</td><td><span class=\"bar ")
          .append(p.status())
          .append("\" style=\"width:")
          .append(width)
          .append("px\"></span></td></tr>\n");
    }
    b.append("</table>\n<h2>Phases</h2>\n");
    for (PhaseResult p : r.phases()) {
      if (p.status() == PhaseStatus.SKIP) {
        continue;
      }
      b.append("<h3><code>")
          .append(p.state())
          .append("</code> ")
          .append(p.status())
          .append("</h3>\n<pre>");
      for (PhaseResult.Stamped e : p.events()) {
        String d = DeployText.describe(e.event());
        if (d != null) {
          b.append(esc(DeployText.elapsed(e.atMs()) + " " + d)).append('\n');
        }
      }
      if (p.error() != null) {
        b.append(esc("error: " + p.error().message())).append('\n');
      }
      b.append("</pre>\n");
    }
    if (!r.services().isEmpty()) {
      b.append(
          "<h2>Services</h2>\n<table><tr><th>name</th><th>role</th><th>pid</th><th>state</th><th>log</th></tr>\n");
      for (DeployReport.ServiceRun s : r.services()) {
        b.append("<tr><td>")
            .append(esc(s.name()))
            .append("</td><td>")
            .append(esc(s.role()))
            .append("</td><td>")
            .append(s.pid())
            .append("</td><td>")
            .append(esc(s.state() + (s.exitCode() == null ? "" : " (exit " + s.exitCode() + ")")))
            .append("</td><td><code>")
            .append(esc(s.log()))
            .append("</code></td></tr>\n");
        if (!s.lastLines().isEmpty()) {
          b.append("<tr><td colspan=\"5\"><pre>")
              .append(esc(String.join("\n", s.lastLines())))
              .append("</pre></td></tr>\n");
        }
      }
      b.append("</table>\n");
    }
    if (!r.health().isEmpty()) {
      b.append(
          "<h2>Health snapshots</h2>\n<table><tr><th>phase</th><th>check</th><th>status</th><th>detail</th></tr>\n");
      for (DeployReport.HealthSnapshot h : r.health()) {
        b.append("<tr><td>")
            .append(h.phase())
            .append("</td><td>")
            .append(esc(h.name()))
            .append("</td><td>")
            .append(esc(h.status() + (h.reason() == null ? "" : " " + h.reason())))
            .append("</td><td>")
            .append(esc(h.detail()))
            .append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    if (!r.externals().isEmpty()) {
      b.append("<h2>Externals</h2>\n<table>\n");
      for (DeployReport.ExternalCheck e : r.externals()) {
        b.append(
            row(
                e.name() + (e.optional() ? " (optional)" : ""),
                e.status()
                    + " "
                    + e.latencyMs()
                    + " ms"
                    + (e.reason() == null ? "" : " " + e.reason())));
      }
      b.append("</table>\n");
    }
    if (r.rollback() != null) {
      b.append("<h2>Rollback: ")
          .append(r.rollback().complete() ? "complete" : "INCOMPLETE")
          .append("</h2>\n<table>\n");
      for (DeployReport.Rollback.Stop s : r.rollback().stopped()) {
        b.append(
            row(
                s.name(),
                s.signal()
                    + (s.port() == null
                        ? ""
                        : ", port "
                            + s.port()
                            + (Boolean.TRUE.equals(s.portFree()) ? " free" : " in use"))));
      }
      b.append("</table>\n");
    }
    if (!r.nextSteps().isEmpty()) {
      b.append("<h2>Next steps</h2>\n<ul>\n");
      r.nextSteps().forEach(s -> b.append("<li>").append(esc(s)).append("</li>\n"));
      b.append("</ul>\n");
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  private static String row(String k, String v) {
    return "<tr><th>" + esc(k) + "</th><td>" + esc(v) + "</td></tr>\n";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
