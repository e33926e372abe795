package dev.shipgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentEvent;
import dev.shipgate.incidents.Timeline;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.status.HistoryStatus;
import dev.shipgate.workflow.health.DbHealth;
import dev.shipgate.workflow.health.DeploysState;
import dev.shipgate.workflow.health.HealthSnapshot;
import dev.shipgate.workflow.health.HealthStatus;
import dev.shipgate.workflow.health.MigrationState;
import dev.shipgate.workflow.health.Sample;
import dev.shipgate.workflow.health.TunnelLayer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the dashboard template shows, computed from a snapshot (the template only lays it out). */
public record DashboardView(
    String project,
    String overall,
    String generatedAt,
    int refreshSeconds,
    List<DeployRow> deploys,
    List<IncidentRow> incidents,
    int openIncidents,
    List<CheckRow> checks,
    String migrations,
    String storeError) {

  /** One deploy report with its phase timeline. */
  public record DeployRow(
      String file, String status, String startedAt, String duration, List<PhaseRow> phases) {}

  /** One phase: its share of the deploy's time is {@code weight}. */
  public record PhaseRow(String state, String status, String duration, long weight, String error) {
    public String css() {
      return status.toLowerCase(Locale.ROOT);
    }
  }

  /** An open incident with its timeline. */
  public record IncidentRow(
      long id,
      String severity,
      String category,
      String summary,
      String opened,
      int repeatCount,
      List<EventRow> events) {
    public String css() {
      return severity.toLowerCase(Locale.ROOT);
    }
  }

  public record EventRow(String at, String type, String message) {}

  /** A current check: database, migrations, each probe and tunnel layer. */
  public record CheckRow(
      String name,
      String kind,
      String status,
      String failureClass,
      String latency,
      String age,
      String detail) {
    public String css() {
      return switch (status) {
        case "PASS", "SKIP" -> "pass";
        case "PENDING" -> "pending";
        case "DEGRADED" -> "degraded";
        default -> "fail";
      };
    }
  }

  static DashboardView of(String project, HealthSnapshot s, Duration refresh, String storeError) {
    Instant now = s.now();
    List<CheckRow> checks = new ArrayList<>();
    database(checks, s.database(), now);
    migrationRow(checks, s.migrations(), now);
    if (s.probes() != null) {
      if (s.probes().value() != null) {
        for (ProbeResult r : s.probes().value().results()) {
          checks.add(
              new CheckRow(
                  r.name(),
                  r.kind().id(),
                  r.status().name(),
                  r.reason() == null ? "" : r.reason().name(),
                  r.latencyMs() + " ms",
                  age(s.probes(), now),
                  r.detail()));
        }
      } else {
        checks.add(pendingOr("checks", "check", s.probes(), now));
      }
    }
    if (s.tunnel() != null && s.tunnel().value() != null) {
      for (TunnelLayer l : s.tunnel().value().layers()) {
        checks.add(
            new CheckRow(
                "tunnel " + l.layer(),
                "tunnel",
                l.status().name(),
                l.reason() == null ? "" : l.reason().name(),
                l.latencyMs() == null ? "" : l.latencyMs() + " ms",
                age(s.tunnel(), now),
                l.detail()));
      }
    }
    List<IncidentRow> incidents = new ArrayList<>();
    int open = 0;
    if (s.incidents() != null && s.incidents().value() != null) {
      open = s.incidents().value().total();
      for (Timeline t : s.incidents().value().open()) {
        Incident i = t.incident();
        List<EventRow> events = new ArrayList<>();
        for (IncidentEvent e : t.events()) {
          events.add(new EventRow(time(e.at()), e.type().name(), e.message()));
        }
        incidents.add(
            new IncidentRow(
                i.id(),
                i.severity().name(),
                i.category().name(),
                i.summary(),
                time(i.openedAt()),
                i.repeatCount(),
                events));
      }
    }
    return new DashboardView(
        project,
        HealthStatus.overall(s).id(),
        now.toString(),
        (int) Math.max(5, refresh.toSeconds()),
        deploys(s.deploys()),
        incidents,
        open,
        checks,
        migrationText(s.migrations()),
        storeError);
  }

  private static void database(List<CheckRow> rows, Sample<DbHealth> db, Instant now) {
    if (db == null) {
      return;
    }
    if (db.value() == null) {
      rows.add(pendingOr("database", "database", db, now));
      return;
    }
    DbHealth v = db.value();
    rows.add(
        new CheckRow(
            "database",
            "database",
            v.ready() ? "PASS" : "FAIL",
            v.ready() ? "" : "DB",
            v.ready() ? v.latencyMs() + " ms" : "",
            age(db, now),
            v.ready() ? "ready" : v.error()));
  }

  private static void migrationRow(List<CheckRow> rows, Sample<MigrationState> m, Instant now) {
    if (m == null) {
      return;
    }
    if (m.value() == null) {
      rows.add(pendingOr("migrations", "migrations", m, now));
      return;
    }
    rows.add(
        new CheckRow(
            "migrations",
            "migrations",
            m.value().ok() ? "PASS" : "FAIL",
            m.value().failure() == null ? "" : m.value().failure().code().id(),
            "",
            age(m, now),
            migrationText(m)));
  }

  private static CheckRow pendingOr(String name, String kind, Sample<?> s, Instant now) {
    return s.isPending()
        ? new CheckRow(name, kind, "PENDING", "", "", "", "not checked yet")
        : new CheckRow(
            name, kind, "FAIL", s.timedOut() ? "TIMEOUT" : "", "", age(s, now), s.error());
  }

  private static String migrationText(Sample<MigrationState> m) {
    if (m == null) {
      return "not configured (migrations.dir)";
    }
    if (m.value() == null) {
      return m.isPending() ? "not checked yet" : m.error();
    }
    if (m.value().failure() != null) {
      return m.value().failure().message();
    }
    HistoryStatus h = m.value().report().history();
    String where =
        h.migrated()
            ? "at head " + h.head()
            : "current " + (h.current() == null ? "none" : h.current()) + ", head " + h.head();
    return where
        + " ("
        + h.source()
        + " history; "
        + h.pending().size()
        + " pending, "
        + h.failed().size()
        + " failed, "
        + h.changed().size()
        + " changed)";
  }

  private static List<DeployRow> deploys(Sample<DeploysState> d) {
    List<DeployRow> rows = new ArrayList<>();
    if (d == null || d.value() == null) {
      return rows;
    }
    for (DeploysState.Report r : d.value().reports()) {
      JsonNode doc = r.document();
      List<PhaseRow> phases = new ArrayList<>();
      for (JsonNode p : doc.path("phases")) {
        long ms = p.path("durationMs").asLong(0);
        phases.add(
            new PhaseRow(
                p.path("state").asText("?"),
                p.path("status").asText("?"),
                millis(ms),
                Math.max(1, ms),
                p.path("error").isTextual() ? p.path("error").asText() : ""));
      }
      rows.add(
          new DeployRow(
              r.file(),
              doc.path("status").asText("?"),
              doc.path("startedAt").asText(""),
              millis(doc.path("durationMs").asLong(0)),
              phases));
    }
    return rows;
  }

  private static String age(Sample<?> s, Instant now) {
    Long ms = s.ageMs(now);
    return ms == null ? "" : millis(ms) + " ago";
  }

  static String millis(long ms) {
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    return (ms / 60_000) + " min " + (ms % 60_000) / 1000 + " s";
  }

  private static String time(Instant t) {
    return t == null ? "" : t.toString().replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z");
  }
}
