package dev.shipgate.config;

import java.nio.file.Path;

/**
 * `logs:` where long-running commands ({@code monitor}) write their JSON-lines log and how it is
 * rotated, and where shipgate's own internal errors go.
 *
 * @param dir the log directory (default {@code logs}, relative to the config file)
 * @param keepDays rotated files older than this many days are deleted (default 7)
 * @param maxSize a file is rotated when it reaches this size (default 50MB)
 * @param totalCap the oldest rotated files are deleted while all of them together exceed this
 *     (default 500MB)
 * @param sentryDsn a Sentry DSN for shipgate's own internal errors (default: the {@code
 *     SHIPGATE_SENTRY_DSN} environment variable; empty: off)
 */
public record LogsConfig(
    Path dir, Integer keepDays, ByteSize maxSize, ByteSize totalCap, Secret sentryDsn) {
  public LogsConfig {
    dir = Immutables.or(dir, Path.of("logs"));
    keepDays = Immutables.or(keepDays, 7);
    maxSize = Immutables.or(maxSize, ByteSize.mb(50));
    totalCap = Immutables.or(totalCap, ByteSize.mb(500));
    sentryDsn = Immutables.or(sentryDsn, Secret.empty());
  }

  public static LogsConfig defaults() {
    return new LogsConfig(null, null, null, null, null);
  }

  LogsConfig withDir(Path resolved) {
    return new LogsConfig(resolved, keepDays, maxSize, totalCap, sentryDsn);
  }
}
