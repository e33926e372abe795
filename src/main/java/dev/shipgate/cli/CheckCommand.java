package dev.shipgate.cli;

import dev.shipgate.cli.render.CheckJson;
import dev.shipgate.cli.render.CheckText;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.probe.check.CheckReport;
import dev.shipgate.probe.check.CheckService;
import dev.shipgate.workflow.incidents.RunOutcomes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate check [NAME...]`: one-shot probes from the config (P1-P4). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Run the checks, externals and agents from shipgate.yaml (or the named ones) at once,",
      "each bounded by its timeout, and say why each failure failed.",
      "Exit 0 healthy, 2 degraded (a degraded agent or an optional failure), 1 unhealthy."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..*",
      description = "Names of checks, externals or agents to run (default: all).")
  List<String> names;

  @Mixin FormatOption format;

  @Mixin RecordOption record;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Upper bound for every probe's timeout, so for the whole run (e.g. 10s).")
  Duration timeout;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    CheckReport report =
        CheckService.run(config, root.redactor(), names == null ? List.of() : names, timeout);
    if (format.json()) {
      root.output().json(CheckJson.document(report));
    } else {
      CheckText.render(report, spec.commandLine().getOut(), root.color());
    }
    record.record(
        root,
        "check",
        RunOutcomes.check(report),
        report.ok() && (names == null || names.isEmpty()));
    return ExitCode.of(report.health().verdict());
  }
}
