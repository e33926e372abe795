package dev.shipgate.cli;

import dev.shipgate.cli.render.EventText;
import dev.shipgate.cli.render.MigrateJson;
import dev.shipgate.cli.render.MigrateText;
import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.migrate.MigrateRequest;
import dev.shipgate.migrations.Version;
import dev.shipgate.workflow.MigrateReport;
import dev.shipgate.workflow.MigrateWorkflow;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate migrate`: apply pending migrations (M4), or run the team's migrator (M5). */
@Command(
    name = "migrate",
    header = "Apply pending migrations (or run migrations.command).",
    mixinStandardHelpOptions = true,
    description = {
      "Apply pending migrations: lint gate, migration lock, one transaction",
      "per file with its row in shipgate_schema_history.",
      "With migrations.apply: command, run migrations.command with",
      "DATABASE_URL set, then check that tool's own history table."
    })
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin DirOption dirOption;

  @Mixin FormatOption format;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      description = "Layout: ${COMPLETION-CANDIDATES} (default: migrations.layout).")
  MigrationLayout layout;

  @Option(names = "--dry-run", description = "Print the plan; change nothing.")
  boolean dryRun;

  @Option(
      names = "--baseline",
      paramLabel = "VERSION",
      description =
          "Record every migration up to VERSION as applied without running it (an existing"
              + " database without shipgate history), then apply the rest.")
  String baseline;

  @Option(
      names = "--out-of-order",
      description = "Apply new files whose version is below the applied head instead of refusing.")
  boolean outOfOrder;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long to wait for another run's lock (default: migrations.lockTimeout).")
  Duration lockTimeout;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    DatabaseUrl target = database.resolve(config);
    root.showsDatabaseUrl(target);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MigrateRequest req =
        new MigrateRequest(
            target,
            config.migrations().apply() == ApplyMode.COMMAND
                ? dirOption.orNull(config)
                : dirOption.resolve(config),
            layout != null ? layout : config.migrations().layout(),
            dryRun,
            version(baseline),
            outOfOrder,
            lockTimeout != null ? lockTimeout : config.migrations().lockTimeout());
    Events events = format.json() ? EventText.toStderr(err) : new EventText(out, err, "");
    MigrateReport r = new MigrateWorkflow(config, root.env(), events, Clock.systemUTC()).run(req);
    if (format.json()) {
      root.output().json(MigrateJson.document(r));
    } else {
      MigrateText.render(r, out);
    }
    r.failure().ifPresent(f -> err.println("shipgate: " + f.message()));
    return ExitCode.of(r);
  }

  private static Version version(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Version.parse(text);
    } catch (IllegalArgumentException e) {
      throw ShipgateException.usage(
          "--baseline '" + text + "' is not a version (e.g. 7, 17b, 1.10)");
    }
  }
}
