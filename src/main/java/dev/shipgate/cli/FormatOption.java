package dev.shipgate.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --format} for every command that judges something (one mixin, as jbang's {@code
 * FormatMixin}): {@code text} or {@code json}; commands that print a lint report ({@link
 * LintReporting}) also take {@code sarif} and {@code github}. The choice is also told to the root
 * command, so an error is printed as a JSON document when JSON was asked for.
 */
final class FormatOption {
  /** Marks the commands whose report can be SARIF or GitHub annotations. */
  interface LintReporting {}

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output: text or json (lints also sarif, github); default: text.")
  void format(OutputFormat value) {
    if (value.lintOnly() && !(mixee.userObject() instanceof LintReporting)) {
      throw new ParameterException(
          mixee.commandLine(),
          "--format " + value + " is only for the lint commands; use text or json");
    }
    format = value;
    if (mixee.root().userObject() instanceof ShipgateCommand root) {
      root.requestedFormat(value);
    }
  }

  OutputFormat get() {
    return format;
  }

  boolean json() {
    return format == OutputFormat.JSON;
  }
}
