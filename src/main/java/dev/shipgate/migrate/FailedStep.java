package dev.shipgate.migrate;

import java.nio.file.Path;

/**
 * The file that failed, where and why.
 *
 * @param line the 1-based line in the file, as precisely as the server says, or null
 * @param sqlState the SQLSTATE the server gave, or null
 * @param reason the server's message on one line, without secrets
 * @param partlyApplied true when it ran outside a transaction, so statements before the failing one
 *     are applied (its marker row stops later runs until someone checks)
 * @param markerRank the installed_rank of that marker row, or null
 */
public record FailedStep(
    String name,
    Path file,
    Integer line,
    String sqlState,
    String reason,
    boolean partlyApplied,
    Long markerRank) {}
