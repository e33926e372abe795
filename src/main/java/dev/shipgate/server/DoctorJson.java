package dev.shipgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.cli.IncidentsRenderer;
import dev.shipgate.config.TunnelConfig;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.IncidentRecorder;
import dev.shipgate.incidents.RecordResult;
import dev.shipgate.incidents.Severity;
import dev.shipgate.incidents.Timeline;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.workflow.doctor.Action;
import dev.shipgate.workflow.doctor.DoctorReport;
import dev.shipgate.workflow.doctor.DoctorRun;
import dev.shipgate.workflow.doctor.ExternalFacts;
import dev.shipgate.workflow.health.DeploysState;
import dev.shipgate.workflow.health.HealthSnapshot;
import dev.shipgate.workflow.health.HealthStatus;
import dev.shipgate.workflow.health.IncidentsState;
import dev.shipgate.workflow.health.Sample;

/** The JSON of {@code /ops/doctor} and {@code /ops/doctor/run} (docs/serve.md). */
final class DoctorJson {
  private DoctorJson() {}

  static ObjectNode document(DoctorReport r) {
    HealthSnapshot s = r.snapshot();
    ObjectNode o = Json.object();
    o.put("generatedAt", s.now().toString());
    o.put("overall", HealthStatus.overall(s).id());
    ObjectNode db = HealthJson.db(s);
    db.set("lastError", db.remove("error"));
    o.set("database", db);
    o.set("migrations", HealthJson.migrations(s));
    o.set("tunnel", tunnel(r.tunnel(), s));
    o.set("externals", externals(r, s));
    o.set("checks", HealthJson.probes(s, ProbeKind.CHECK));
    o.set("agents", HealthJson.probes(s, ProbeKind.AGENT));
    ObjectNode recovery = o.putObject("recovery");
    recovery.put("available", false);
    recovery.putArray("attempts");
    o.set("incidents", incidents(r.incidentStoreOpen(), s.incidents()));
    o.set("lastDeploy", lastDeploy(s.deploys()));
    ObjectNode server = o.putObject("server");
    server.putObject("adminToken").put("configured", r.adminTokenConfigured());
    server.putObject("internalToken").put("configured", r.internalTokenConfigured());
    ArrayNode actions = o.putArray("actions");
    for (Action a : r.actions()) {
      actions
          .addObject()
          .put("about", a.about())
          .put("severity", a.severity())
          .put("message", a.message());
    }
    return o;
  }

  static ObjectNode run(DoctorRun.Result result) {
    ObjectNode o = document(result.report());
    ObjectNode rec = o.putObject("recorded");
    ArrayNode opened = rec.putArray("recorded");
    ArrayNode resolved = rec.putArray("resolved");
    IncidentRecorder.Recorded r = result.recorded();
    if (r != null) {
      for (RecordResult x : r.recorded()) {
        opened
            .addObject()
            .put("id", x.incident().id())
            .put("key", x.incident().key())
            .put("outcome", x.outcome().name());
      }
      r.resolved().forEach(x -> resolved.addObject().put("id", x.incident().id()));
    }
    rec.put("error", result.recordError());
    return o;
  }

  private static ObjectNode tunnel(TunnelConfig t, HealthSnapshot s) {
    ObjectNode o = HealthJson.tunnel(s);
    ObjectNode c = o.putObject("config");
    c.put("process", t == null ? null : t.process());
    c.put("local", t == null ? null : t.local());
    c.put("public", t == null ? null : t.publicUrl());
    return o;
  }

  private static ArrayNode externals(DoctorReport r, HealthSnapshot s) {
    ArrayNode a = Json.mapper().createArrayNode();
    JsonNode results = HealthJson.probes(s, ProbeKind.EXTERNAL).path("results");
    for (ExternalFacts f : r.externals()) {
      ObjectNode n = a.addObject();
      n.put("name", f.name());
      n.put("type", f.type());
      n.put("optional", f.optional());
      n.put("configured", f.configured());
      n.put("maskedId", f.maskedId());
      JsonNode last = null;
      for (JsonNode x : results) {
        if (x.path("name").asText().equals(f.name())) {
          last = x;
        }
      }
      n.put("status", last == null ? null : last.path("status").asText());
      n.put(
          "reason",
          last == null || last.path("reason").isNull() ? null : last.path("reason").asText());
      n.put("latencyMs", last == null ? null : last.path("latencyMs").asLong());
      n.put("detail", last == null ? null : last.path("detail").asText());
    }
    return a;
  }

  private static ObjectNode incidents(boolean storeOpen, Sample<IncidentsState> i) {
    ObjectNode o = Json.object();
    o.put("storeOpen", storeOpen);
    ObjectNode by = o.putObject("openBySeverity");
    ArrayNode recent = o.putArray("open");
    if (i == null || i.value() == null) {
      o.putNull("openCount");
      return o;
    }
    o.put("openCount", i.value().total());
    for (Severity sev : Severity.values()) {
      by.put(sev.name(), i.value().openBySeverity().getOrDefault(sev, 0L));
    }
    for (Timeline t : i.value().open()) {
      recent.add(IncidentsRenderer.showJson(t));
    }
    return o;
  }

  static JsonNode lastDeploy(Sample<DeploysState> d) {
    if (d == null || d.value() == null || d.value().last() == null) {
      return Json.mapper().nullNode();
    }
    DeploysState.Report last = d.value().last();
    JsonNode doc = last.document();
    ObjectNode o = Json.object();
    o.put("file", last.file());
    o.set("status", orNull(doc.get("status")));
    o.set("runId", orNull(doc.get("runId")));
    o.set("startedAt", orNull(doc.get("startedAt")));
    o.set("durationMs", orNull(doc.get("durationMs")));
    ArrayNode phases = o.putArray("phases");
    for (JsonNode p : doc.path("phases")) {
      phases
          .addObject()
          .put("state", p.path("state").asText(null))
          .put("status", p.path("status").asText(null))
          .put("durationMs", p.path("durationMs").isNumber() ? p.path("durationMs").asLong() : null)
          .put("error", p.path("error").isTextual() ? p.path("error").asText() : null);
    }
    o.set("nextSteps", orNull(doc.get("nextSteps")));
    return o;
  }

  private static JsonNode orNull(JsonNode n) {
    return n == null ? Json.mapper().nullNode() : n;
  }
}
