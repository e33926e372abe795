package dev.shipgate.migrate;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.migrations.Version;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One {@code migrate} run.
 *
 * @param baseline {@code --baseline VERSION}, or null
 * @param outOfOrder apply new files older than the applied head instead of refusing
 */
public record MigrateRequest(
    DatabaseUrl url,
    Path dir,
    MigrationLayout layout,
    boolean dryRun,
    Version baseline,
    boolean outOfOrder,
    Duration lockTimeout) {}
