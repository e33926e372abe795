package dev.shipgate.cli;

import dev.shipgate.config.MigrationLayout;
import picocli.CommandLine.Option;

/** Flags shared by `lint` and `lint migrations` (besides {@link FormatOption}). */
final class LintOptions {
  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      description =
          "Migration layout: ${COMPLETION-CANDIDATES} (default: migrations.layout, else auto).")
  MigrationLayout layout;

  @Option(names = "--update-sum", description = "Write shipgate.sum in each migration directory.")
  boolean updateSum;

  @Option(
      names = "--require-sum",
      description = "A missing shipgate.sum is an error (sum-missing).")
  boolean requireSum;
}
