package dev.shipgate.cli;

import dev.shipgate.cli.render.VerifyRenderer;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.workflow.incidents.RunOutcomes;
import dev.shipgate.workflow.verify.VerifyReport;
import dev.shipgate.workflow.verify.VerifyService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate verify [--quick]`: post-deploy production verification (P6). */
@Command(
    name = "verify",
    header = "Post-deploy verification: processes, migrations, endpoints, data floors.",
    mixinStandardHelpOptions = true,
    description = {
      "Run the four stages of verify: at once: 1 processes and containers, 2 migrations at head",
      "and database.expect, 3 endpoints (skipped by --quick), 4 data floors (verify.minRows).",
      "Exit 0 when every stage passes, the stage's number (1-4) when exactly one fails,",
      "99 when more than one does."
    })
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin DirOption dirOption;

  @Mixin FormatOption output;

  @Mixin RecordOption record;

  @Option(names = "--quick", description = "Skip the endpoint stage.")
  boolean quick;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    DatabaseUrl target = null;
    String problem = null;
    if (database.url == null && !config.database().url().isPresent()) {
      problem =
          config.source().where("database", "url")
              + ": database.url is empty (is DATABASE_URL set?)";
    } else {
      target = database.resolve(config);
    }
    VerifyService.Request req =
        new VerifyService.Request(
            quick,
            target,
            problem,
            dirOption.orNull(config),
            config.migrations().layout(),
            root.env().getOrDefault("SHIPGATE_DOCKER", "docker"));
    if (target != null) {
      root.showsDatabaseUrl(target);
    }
    VerifyReport report = VerifyService.run(config, root.redactor(), req);
    int code = ExitCode.ofStages(report.failedStages());
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      root.output().json(VerifyRenderer.json(report, code));
    } else {
      VerifyRenderer.text(report, code, out);
    }
    out.flush();
    record.record(root, "verify", RunOutcomes.verify(report), report.ok());
    return code;
  }
}
