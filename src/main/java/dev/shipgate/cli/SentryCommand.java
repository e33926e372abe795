package dev.shipgate.cli;

import dev.shipgate.cli.render.EventText;
import dev.shipgate.cli.render.SentryJson;
import dev.shipgate.cli.render.SentryText;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.workflow.incidents.RunOutcomes;
import dev.shipgate.workflow.sentry.Sentry;
import dev.shipgate.workflow.sentry.SentryReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
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

  @Mixin FormatOption format;

  @Mixin RecordOption record;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Events events = format.json() ? EventText.toStderr(err) : new SentryText(out, err);
    SentryReport r = new Sentry(config, root.env(), events, Clock.systemUTC()).run();
    if (format.json()) {
      root.output().json(SentryJson.document(r));
      r.failure().ifPresent(f -> err.println("shipgate: sentry failed: " + f.message()));
    } else {
      SentryText.verdict(r, out, err);
    }
    record.record(root, "sentry", RunOutcomes.sentry(r), r.ok());
    return ExitCode.of(r);
  }
}
