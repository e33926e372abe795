package dev.shipgate.probe.check;

import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import java.util.List;

/**
 * The results of one check run, in config order. Unhealthy when a non-optional probe failed;
 * degraded when a probe is DEGRADED or an optional one failed; healthy otherwise (SKIP included).
 */
public record CheckReport(String runId, long durationMs, List<ProbeResult> results) {
  public CheckReport {
    results = List.copyOf(results);
  }

  public Health health() {
    if (results.stream().anyMatch(ProbeResult::isHardFailure)) {
      return Health.UNHEALTHY;
    }
    boolean degraded =
        results.stream()
            .anyMatch(r -> r.status() == ProbeStatus.DEGRADED || r.status() == ProbeStatus.FAIL);
    return degraded ? Health.DEGRADED : Health.HEALTHY;
  }

  /** True only when healthy: the same as exit code 0. */
  public boolean ok() {
    return health() == Health.HEALTHY;
  }

  public long count(ProbeStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}
