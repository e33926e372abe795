package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.check.CheckReport;

/**
 * {@code {"ok", "status": "healthy|degraded|unhealthy", "runId", "durationMs", "summary",
 * "results": [...]}}; field names are a stable contract. {@link #result} is public so other
 * commands that report probe results (verify, serve) use the same shape.
 */
public final class CheckJson {
  private CheckJson() {}

  public static ObjectNode document(CheckReport report) {
    ObjectNode doc = Json.object();
    doc.put("ok", report.ok());
    doc.put("status", report.health().id());
    doc.put("runId", report.runId());
    doc.put("durationMs", report.durationMs());
    ObjectNode summary = doc.putObject("summary");
    for (ProbeStatus s : ProbeStatus.values()) {
      summary.put(s.name().toLowerCase(java.util.Locale.ROOT), report.count(s));
    }
    ArrayNode results = doc.putArray("results");
    report.results().forEach(r -> results.add(result(r)));
    return doc;
  }

  /** One result as JSON; also what other commands (verify, serve) can embed. */
  public static ObjectNode result(ProbeResult r) {
    ObjectNode n = Json.object();
    n.put("name", r.name());
    n.put("kind", r.kind().id());
    n.put("status", r.status().name());
    if (r.reason() == null) {
      n.putNull("reason");
    } else {
      n.put("reason", r.reason().name());
    }
    n.put("latencyMs", r.latencyMs());
    n.put("attempts", r.attempts());
    n.put("flaky", r.flaky());
    if (r.httpStatus() == null) {
      n.putNull("httpStatus");
    } else {
      n.put("httpStatus", r.httpStatus());
    }
    n.put("detail", r.detail());
    n.put("optional", r.optional());
    n.put("target", r.target());
    return n;
  }
}
