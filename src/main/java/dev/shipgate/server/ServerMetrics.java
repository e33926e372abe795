package dev.shipgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.incidents.Severity;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.check.CheckReport;
import dev.shipgate.workflow.health.DbHealth;
import dev.shipgate.workflow.health.DeploysState;
import dev.shipgate.workflow.health.HealthSnapshot;
import dev.shipgate.workflow.health.IncidentsState;
import dev.shipgate.workflow.health.MigrationState;
import dev.shipgate.workflow.health.Sample;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /metrics} through Micrometer's Prometheus registry: each check's last result ({@code
 * shipgate_check_up}, {@code shipgate_check_latency_seconds}) and every result seen, by check,
 * status and failure class ({@code shipgate_check_duration_seconds}); the database; migrations;
 * open incidents by severity; the last deploy's phase durations; HTTP requests by route. Results
 * are counted once per refresh, however often the page is scraped.
 */
final class ServerMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, Value> gauges = new HashMap<>();
  private Instant probesSeen;

  /** A gauge's current value. */
  private static final class Value {
    volatile double v = Double.NaN;
  }

  ServerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  void request(String method, String route, int status, long ms) {
    Timer.builder("shipgate.http.requests")
        .description("HTTP requests served, by route and status")
        .tags("method", method, "route", route, "status", Integer.toString(status))
        .register(registry)
        .record(Duration.ofMillis(ms));
  }

  /** Brings the meters up to date with {@code s}. */
  synchronized void observe(HealthSnapshot s) {
    probes(s.probes());
    database(s.database());
    migrations(s.migrations());
    incidents(s.incidents());
    deploys(s.deploys());
    age("database", s.database(), s.now());
    age("migrations", s.migrations(), s.now());
    age("probes", s.probes(), s.now());
    age("tunnel", s.tunnel(), s.now());
    age("incidents", s.incidents(), s.now());
  }

  String scrape() {
    return registry.scrape();
  }

  private void probes(Sample<CheckReport> p) {
    if (p == null || p.value() == null) {
      return;
    }
    boolean fresh = !Objects.equals(probesSeen, p.checkedAt());
    probesSeen = p.checkedAt();
    for (ProbeResult r : p.value().results()) {
      Tags tags = Tags.of("check", r.name(), "kind", r.kind().id());
      boolean up = r.status() == ProbeStatus.PASS || r.status() == ProbeStatus.SKIP;
      gauge("shipgate.check.up", tags, "1 when the check's last result passed", null).v =
          up ? 1 : 0;
      gauge("shipgate.check.latency", tags, "the check's last latency", "seconds").v =
          r.latencyMs() / 1000.0;
      if (fresh) {
        Timer.builder("shipgate.check.duration")
            .description("check results by status and failure class, with their latency")
            .tags(
                tags.and(
                    "status",
                    r.status().name(),
                    "reason",
                    r.reason() == null ? "none" : r.reason().name()))
            .register(registry)
            .record(Duration.ofMillis(r.latencyMs()));
      }
    }
  }

  private void database(Sample<DbHealth> db) {
    if (db == null || db.isPending()) {
      return;
    }
    DbHealth v = db.value();
    gauge("shipgate.database.up", Tags.empty(), "1 when the database answered", null).v =
        v != null && v.ready() ? 1 : 0;
    if (v != null && v.ready()) {
      gauge("shipgate.database.latency", Tags.empty(), "database round trip", "seconds").v =
          v.latencyMs() / 1000.0;
    }
  }

  private void migrations(Sample<MigrationState> m) {
    if (m == null || m.value() == null || m.value().report() == null) {
      return;
    }
    var h = m.value().report().history();
    gauge("shipgate.migrations.pending", Tags.empty(), "pending migrations", null).v =
        h.pending().size();
    gauge("shipgate.migrations.failed", Tags.empty(), "failed migrations", null).v =
        h.failed().size();
    gauge("shipgate.migrations.at.head", Tags.empty(), "1 when at head", null).v =
        m.value().ok() ? 1 : 0;
  }

  private void incidents(Sample<IncidentsState> i) {
    if (i == null || i.value() == null) {
      return;
    }
    for (Severity sev : Severity.values()) {
      gauge(
                  "shipgate.incidents.open",
                  Tags.of("severity", sev.name()),
                  "open incidents by severity",
                  null)
              .v =
          i.value().openBySeverity().getOrDefault(sev, 0L);
    }
  }

  private void deploys(Sample<DeploysState> d) {
    if (d == null || d.value() == null || d.value().last() == null) {
      return;
    }
    JsonNode doc = d.value().last().document();
    gauge("shipgate.deploy.last.success", Tags.empty(), "1 when the last deploy succeeded", null)
            .v =
        "SUCCESS".equals(doc.path("status").asText()) ? 1 : 0;
    for (JsonNode p : doc.path("phases")) {
      if (p.path("durationMs").isNumber() && p.path("state").isTextual()) {
        gauge(
                    "shipgate.deploy.phase.duration",
                    Tags.of(
                        "phase", p.path("state").asText(), "status", p.path("status").asText("")),
                    "the last deploy's phase durations",
                    "seconds")
                .v =
            p.path("durationMs").asLong() / 1000.0;
      }
    }
  }

  private void age(String part, Sample<?> s, Instant now) {
    if (s == null || s.isPending()) {
      return;
    }
    gauge("shipgate.health.age", Tags.of("part", part), "age of the cached result", "seconds").v =
        s.ageMs(now) / 1000.0;
  }

  private Value gauge(String name, Tags tags, String help, String unit) {
    String key = name + tags;
    return gauges.computeIfAbsent(
        key,
        k -> {
          Value v = new Value();
          Gauge.Builder<Value> b = Gauge.builder(name, v, x -> x.v).tags(tags).description(help);
          if (unit != null) {
            b.baseUnit(unit);
          }
          b.register(registry);
          return v;
        });
  }
}
