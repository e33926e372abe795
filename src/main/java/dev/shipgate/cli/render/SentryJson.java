package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.workflow.sentry.SentryReport;
import dev.shipgate.workflow.sentry.SentryStep;

/**
 * {@code sentry --format json} (docs/database.md): every step with its status and duration, what
 * each found, the error and what to do next; the same shape on success and on failure.
 */
public final class SentryJson {
  private SentryJson() {}

  public static ObjectNode document(SentryReport r) {
    ObjectNode o = Json.object();
    o.put("ok", r.ok());
    o.put("project", r.project());
    o.put("environment", r.environment());
    o.put("durationMs", r.durationMs());
    ArrayNode steps = o.putArray("steps");
    for (SentryStep s : r.steps()) {
      ObjectNode n = steps.addObject();
      n.put("name", s.name());
      n.put("number", s.number());
      n.put("status", s.ok() ? "ok" : "failed");
      n.put("durationMs", s.durationMs());
      Documents.error(n, s.failure());
    }
    if (r.env() == null) {
      o.putNull("env");
    } else {
      ObjectNode e = o.putObject("env");
      Documents.strings(e.putArray("required"), r.env().required());
      Documents.strings(e.putArray("missing"), r.env().missing());
      e.put("databaseUrlSet", r.env().databaseUrlSet());
    }
    if (r.connection() == null) {
      o.putNull("connection");
    } else {
      SentryReport.Connection c = r.connection();
      o.putObject("connection")
          .put("url", c.url())
          .put("product", c.product())
          .put("version", c.version())
          .put("database", c.database())
          .put("latencyMs", Math.round(c.latencyMs() * 100) / 100.0)
          .put("attempts", c.attempts());
    }
    if (r.migrate() == null) {
      o.putNull("migrate");
    } else {
      o.set("migrate", MigrateJson.document(r.migrate()));
    }
    if (r.expectations() == null) {
      o.putNull("expectations");
    } else {
      o.set("expectations", SchemaJson.report(r.expectations()));
    }
    Documents.error(o, r.failureOrNull());
    o.put("next", SentryText.next(r));
    return o;
  }
}
