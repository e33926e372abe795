package dev.shipgate.cli;

import dev.shipgate.lint.render.ReportFormat;
import picocli.CommandLine.Option;

/** {@code --format} for commands that print a lint report. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;
}
