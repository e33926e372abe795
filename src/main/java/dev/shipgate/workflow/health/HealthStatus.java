package dev.shipgate.workflow.health;

import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.check.CheckReport;
import java.util.List;

/**
 * Judges a snapshot. Overall: unhealthy when the database is not ready, migrations are not at head
 * (or cannot be read), a required probe or a tunnel layer fails; degraded when only optional probes
 * fail or a probe is degraded, or a part has not been checked yet; healthy otherwise. Ready (the
 * {@code /health/ready} gate) looks only at the database and the required {@code checks:}.
 */
public final class HealthStatus {
  private HealthStatus() {}

  public static Condition overall(HealthSnapshot s) {
    Condition c = Condition.HEALTHY;
    c = c.and(database(s.database()));
    c = c.and(migrations(s.migrations()));
    for (ProbeKind k : ProbeKind.values()) {
      c = c.and(probes(s.probes(), k));
    }
    c = c.and(tunnel(s.tunnel()));
    return c == Condition.PENDING ? Condition.DEGRADED : c;
  }

  /** The database is ready (when configured) and no required check fails; nothing pending. */
  public static boolean ready(HealthSnapshot s) {
    return database(s.database()) == Condition.HEALTHY || s.database() == null
        ? requiredChecksPass(s.probes())
        : false;
  }

  private static boolean requiredChecksPass(Sample<CheckReport> probes) {
    if (probes == null) {
      return true;
    }
    if (probes.value() == null) {
      return false;
    }
    return probes.value().results().stream()
        .filter(r -> r.kind() == ProbeKind.CHECK)
        .noneMatch(ProbeResult::isHardFailure);
  }

  public static Condition database(Sample<DbHealth> db) {
    if (db == null) {
      return Condition.HEALTHY;
    }
    if (db.isPending()) {
      return Condition.PENDING;
    }
    return db.value() != null && db.value().ready() ? Condition.HEALTHY : Condition.UNHEALTHY;
  }

  public static Condition migrations(Sample<MigrationState> m) {
    if (m == null) {
      return Condition.HEALTHY;
    }
    if (m.isPending()) {
      return Condition.PENDING;
    }
    return m.value() != null && m.value().ok() ? Condition.HEALTHY : Condition.UNHEALTHY;
  }

  /** The probes of one kind: checks, externals or agents. */
  public static Condition probes(Sample<CheckReport> probes, ProbeKind kind) {
    if (probes == null) {
      return Condition.HEALTHY;
    }
    if (probes.isPending()) {
      return Condition.PENDING;
    }
    if (probes.value() == null) {
      return Condition.UNHEALTHY;
    }
    return of(probes.value().results().stream().filter(r -> r.kind() == kind).toList());
  }

  /** Hard failures are unhealthy; optional failures and DEGRADED results degraded. */
  public static Condition of(List<ProbeResult> results) {
    Condition c = Condition.HEALTHY;
    for (ProbeResult r : results) {
      c = c.and(of(r));
    }
    return c;
  }

  public static Condition of(ProbeResult r) {
    if (r.isHardFailure()) {
      return Condition.UNHEALTHY;
    }
    return r.status() == ProbeStatus.FAIL || r.status() == ProbeStatus.DEGRADED
        ? Condition.DEGRADED
        : Condition.HEALTHY;
  }

  public static Condition tunnel(Sample<TunnelState> t) {
    if (t == null) {
      return Condition.HEALTHY;
    }
    if (t.isPending()) {
      return Condition.PENDING;
    }
    return t.value() != null && t.value().ok() ? Condition.HEALTHY : Condition.UNHEALTHY;
  }
}
