package dev.shipgate.workflow.doctor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.Category;
import dev.shipgate.incidents.IncidentRecorder;
import dev.shipgate.incidents.IncidentRecorder.TargetOutcome;
import dev.shipgate.incidents.Severity;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.workflow.health.DbHealth;
import dev.shipgate.workflow.health.HealthRefresher;
import dev.shipgate.workflow.health.HealthSnapshot;
import dev.shipgate.workflow.health.IncidentDesk;
import dev.shipgate.workflow.health.MigrationState;
import dev.shipgate.workflow.health.Sample;
import dev.shipgate.workflow.health.TunnelLayer;
import dev.shipgate.workflow.incidents.RunOutcomes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /ops/doctor/run}: checks every part now (bounded by each part's timeout), then
 * records each failing target as an incident under {@code project/doctor/target} and resolves the
 * ones that pass. A store that cannot be written leaves the report intact with {@code recordError}.
 */
public final class DoctorRun {
  /** The report after the run, and what it changed in the store. */
  public record Result(
      DoctorReport report, IncidentRecorder.Recorded recorded, String recordError) {}

  private DoctorRun() {}

  public static Result run(ShipgateConfig config, HealthRefresher refresher, IncidentDesk desk) {
    HealthSnapshot s = refresher.refreshNow().join();
    DoctorReport report = Doctor.report(config, s, desk != null);
    if (desk == null) {
      return new Result(report, null, "no incident store is open");
    }
    List<TargetOutcome> outcomes = outcomes(s);
    try {
      boolean passed = outcomes.stream().noneMatch(TargetOutcome::failing);
      return new Result(report, desk.record("doctor", outcomes, passed), null);
    } catch (RuntimeException e) {
      return new Result(report, null, e.getMessage());
    }
  }

  /** One outcome per target: database, migrations, every check/external/agent, tunnel layers. */
  static List<TargetOutcome> outcomes(HealthSnapshot s) {
    List<TargetOutcome> out = new ArrayList<>();
    if (s.database() != null && !s.database().isPending()) {
      out.add(database(s.database()));
    }
    if (s.migrations() != null && !s.migrations().isPending()) {
      out.add(migrations(s.migrations()));
    }
    if (s.probes() != null && s.probes().value() != null) {
      out.addAll(RunOutcomes.check(s.probes().value()));
    }
    if (s.tunnel() != null && s.tunnel().value() != null) {
      for (TunnelLayer l : s.tunnel().value().layers()) {
        boolean failing = l.status() == ProbeStatus.FAIL;
        out.add(
            new TargetOutcome(
                "tunnel-" + l.layer(),
                failing,
                Severity.CRITICAL,
                Category.TUNNEL,
                "tunnel " + l.layer() + (failing ? " failed: " + l.detail() : " passed"),
                details("tunnel-" + l.layer(), l.detail())));
      }
    }
    return out;
  }

  private static TargetOutcome database(Sample<DbHealth> db) {
    boolean ready = db.value() != null && db.value().ready();
    String why = db.value() == null ? db.error() : db.value().error();
    return new TargetOutcome(
        "database",
        !ready,
        Severity.CRITICAL,
        Category.DB,
        ready ? "database ready" : "database not ready: " + why,
        details("database", why));
  }

  private static TargetOutcome migrations(Sample<MigrationState> m) {
    boolean ok = m.value() != null && m.value().ok();
    String why =
        m.value() == null
            ? m.error()
            : m.value().failure() != null
                ? m.value().failure().message()
                : ok ? "at head" : "not at head (shipgate status)";
    return new TargetOutcome(
        "migrations",
        !ok,
        Severity.CRITICAL,
        Category.MIGRATION,
        ok ? "migrations at head" : "migrations: " + why,
        details("migrations", why));
  }

  private static ObjectNode details(String target, String detail) {
    ObjectNode d = Json.object();
    d.put("command", "doctor");
    d.put("target", target);
    d.put("detail", detail);
    d.put("next", "GET /ops/doctor for the diagnostics bundle");
    return d;
  }
}
