package dev.shipgate.cli;

import dev.shipgate.cli.render.EventText;
import dev.shipgate.cli.render.StatusRenderer;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.status.StatusService;
import dev.shipgate.workflow.StatusReport;
import dev.shipgate.workflow.StatusWorkflow;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate status`: current vs head over whichever history the database holds (M6). */
@Command(
    name = "status",
    header = "Current vs head over any tool's history, plus expectations.",
    mixinStandardHelpOptions = true,
    description = {
      "Compare the database's migration history (shipgate, Flyway, Prisma",
      "or Alembic) with the migration directory, and check database.expect.",
      "Exit 0 only when at head with nothing pending, failed or changed",
      "and every check passing."
    })
final class StatusCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin DirOption dirOption;

  @Mixin FormatOption output;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      description =
          "Layout, and so the history to read: ${COMPLETION-CANDIDATES} (default: detect).")
  MigrationLayout layout;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    DatabaseUrl target = database.resolve(config);
    root.showsDatabaseUrl(target);
    PrintWriter out = spec.commandLine().getOut();
    StatusService.Request req =
        new StatusService.Request(
            target,
            dirOption.resolve(config),
            layout != null ? layout : config.migrations().layout(),
            layout != null && layout != MigrationLayout.AUTO,
            config.migrations().apply());
    StatusReport st =
        StatusWorkflow.of(config, EventText.toStderr(spec.commandLine().getErr())).run(req);
    if (output.json()) {
      root.output().json(StatusRenderer.json(st));
    } else {
      StatusRenderer.text(st, out);
    }
    return ExitCode.of(st);
  }
}
