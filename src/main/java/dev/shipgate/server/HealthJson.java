package dev.shipgate.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.cli.render.CheckJson;
import dev.shipgate.core.Json;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.check.CheckReport;
import dev.shipgate.status.HistoryStatus;
import dev.shipgate.workflow.health.Condition;
import dev.shipgate.workflow.health.DbHealth;
import dev.shipgate.workflow.health.HealthSnapshot;
import dev.shipgate.workflow.health.HealthStatus;
import dev.shipgate.workflow.health.MigrationState;
import dev.shipgate.workflow.health.Sample;
import dev.shipgate.workflow.health.TunnelLayer;
import dev.shipgate.workflow.health.TunnelState;
import java.time.Instant;

/** The JSON of the health routes (docs/serve.md), read from a snapshot. */
final class HealthJson {
  private HealthJson() {}

  /** {@code checkedAt}, {@code ageMs}, {@code durationMs}, {@code timedOut} of a sample. */
  static void sample(ObjectNode o, Sample<?> s, Instant now) {
    o.put("checkedAt", s.checkedAt() == null ? null : s.checkedAt().toString());
    o.put("ageMs", s.ageMs(now));
    o.put("durationMs", s.isPending() ? null : s.durationMs());
    o.put("timedOut", s.timedOut());
  }

  static ObjectNode db(HealthSnapshot s) {
    ObjectNode o = Json.object();
    Sample<DbHealth> db = s.database();
    o.put("configured", db != null);
    if (db == null) {
      o.put("ready", false);
      o.putNull("latencyMs");
      o.putNull("checkedAt");
      o.putNull("ageMs");
      o.put("error", "no database configured (database.url)");
      return o;
    }
    DbHealth v = db.value();
    o.put("ready", v != null && v.ready());
    o.put("latencyMs", v == null ? null : v.latencyMs());
    sample(o, db, s.now());
    o.put("error", db.isPending() ? "not checked yet" : v == null ? db.error() : v.error());
    return o;
  }

  static ObjectNode ready(HealthSnapshot s) {
    ObjectNode o = Json.object();
    o.put("ready", HealthStatus.ready(s));
    o.put("database", HealthStatus.database(s.database()).id());
    o.put("checks", HealthStatus.probes(s.probes(), ProbeKind.CHECK).id());
    o.put("timestamp", s.now().toString());
    return o;
  }

  static ObjectNode status(HealthSnapshot s) {
    ObjectNode o = Json.object();
    o.put("overall", HealthStatus.overall(s).id());
    o.put("ready", HealthStatus.ready(s));
    o.put("timestamp", s.now().toString());
    ObjectNode db = db(s);
    db.put("status", condition(s.database() == null, HealthStatus.database(s.database())));
    o.set("database", db);
    o.set("migrations", migrations(s));
    ObjectNode checks = probes(s, ProbeKind.CHECK);
    o.set("checks", checks);
    o.set("externals", probes(s, ProbeKind.EXTERNAL));
    o.set("agents", probes(s, ProbeKind.AGENT));
    o.set("tunnel", tunnel(s));
    return o;
  }

  private static String condition(boolean off, Condition c) {
    return off ? "off" : c.id();
  }

  static ObjectNode migrations(HealthSnapshot s) {
    ObjectNode o = Json.object();
    Sample<MigrationState> m = s.migrations();
    o.put("status", condition(m == null, HealthStatus.migrations(m)));
    o.put("configured", m != null);
    if (m == null) {
      return o;
    }
    sample(o, m, s.now());
    MigrationState v = m.value();
    if (v == null || v.failure() != null) {
      o.put(
          "error",
          m.isPending() ? "not checked yet" : v == null ? m.error() : v.failure().message());
      return o;
    }
    HistoryStatus h = v.report().history();
    o.put("migrated", h.migrated());
    o.put("source", h.source());
    o.put("current", h.current());
    o.put("head", h.head());
    o.put("pending", h.pending().size());
    o.put("failed", h.failed().size());
    o.put("changed", h.changed().size());
    o.put("checksOk", v.report().checks().ok());
    o.putNull("error");
    return o;
  }

  static ObjectNode probes(HealthSnapshot s, ProbeKind kind) {
    ObjectNode o = Json.object();
    Sample<CheckReport> p = s.probes();
    boolean none =
        p == null
            || (p.value() != null && p.value().results().stream().noneMatch(r -> r.kind() == kind));
    o.put("status", condition(none, HealthStatus.probes(p, kind)));
    ArrayNode a = o.putArray("results");
    if (p == null) {
      return o;
    }
    sample(o, p, s.now());
    o.put("error", p.value() == null && !p.isPending() ? p.error() : null);
    if (p.value() != null) {
      for (ProbeResult r : p.value().results()) {
        if (r.kind() == kind) {
          ObjectNode n = CheckJson.result(r);
          n.put("condition", HealthStatus.of(r).id());
          a.add(n);
        }
      }
    }
    return o;
  }

  static ObjectNode tunnel(HealthSnapshot s) {
    ObjectNode o = Json.object();
    Sample<TunnelState> t = s.tunnel();
    o.put("status", condition(t == null, HealthStatus.tunnel(t)));
    o.put("configured", t != null);
    ArrayNode layers = o.putArray("layers");
    if (t == null) {
      return o;
    }
    sample(o, t, s.now());
    o.put("error", t.value() == null && !t.isPending() ? t.error() : null);
    if (t.value() != null) {
      for (TunnelLayer l : t.value().layers()) {
        ObjectNode n = layers.addObject();
        n.put("layer", l.layer());
        n.put("status", l.status().name());
        n.put("reason", l.reason() == null ? null : l.reason().name());
        n.put("latencyMs", l.latencyMs());
        n.put("detail", l.detail());
      }
    }
    return o;
  }
}
