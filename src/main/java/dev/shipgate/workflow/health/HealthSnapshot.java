package dev.shipgate.workflow.health;

import dev.shipgate.probe.check.CheckReport;
import java.time.Instant;

/**
 * The latest sample of every part, as a request sees it. A part that is not configured is null (no
 * database URL, no migration directory, no checks, no tunnel, no incident store); {@code now} is
 * when the snapshot was taken, for {@code ageMs}.
 */
public record HealthSnapshot(
    Instant now,
    Sample<DbHealth> database,
    Sample<MigrationState> migrations,
    Sample<CheckReport> probes,
    Sample<TunnelState> tunnel,
    Sample<IncidentsState> incidents,
    Sample<DeploysState> deploys) {}
