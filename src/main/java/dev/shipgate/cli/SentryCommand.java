package dev.shipgate.cli;

import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.sentry.SentryResult;
import dev.shipgate.sentry.SentryService;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate sentry`: the pre-deploy gate (M9). */
@Command(
    name = "sentry",
    header = "Pre-deploy gate: env, connect, migrate, expectations.",
    mixinStandardHelpOptions = true,
    description = {
      "The pre-deploy gate for a platform's release hook: required env",
      "vars, connect with retry, migrate, schema expectations. Each step is",
      "named and timed; the first failure stops the run with exit 1 and",
      "says what to do next."
    })
final class SentryCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Mixin RecordOption record;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    UnaryOperator<String> redact = DbCli.redactor(root, null);
    SentryResult r =
        SentryService.run(
            config, root.env(), DbCli.progress(spec.commandLine().getOut(), spec, redact));
    if (!r.ok()) {
      var failed = r.steps().get(r.steps().size() - 1);
      spec.commandLine()
          .getErr()
          .println(
              redact.apply(
                  "shipgate: sentry failed at "
                      + failed.name()
                      + ": "
                      + failed.detail()
                      + "; next: "
                      + r.next()));
    }
    record.record(root, "sentry", RunOutcomes.sentry(r), r.ok());
    return r.ok() ? ExitCode.OK.code() : ExitCode.of(r.failure());
  }
}
