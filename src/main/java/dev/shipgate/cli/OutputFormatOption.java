package dev.shipgate.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} for commands that print a verdict. */
final class OutputFormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  boolean json() {
    return format == OutputFormat.JSON;
  }
}
