package dev.shipgate.cli;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Progress;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.migrate.MigrateRequest;
import dev.shipgate.migrate.MigrateResult;
import dev.shipgate.migrate.MigrateService;
import dev.shipgate.migrations.Version;
import dev.shipgate.status.MigrationStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
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
    UnaryOperator<String> redact = DbCli.redactor(root, target);
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = DbCli.progress(out, spec, redact);
    if (config.migrations().apply() == ApplyMode.COMMAND) {
      return DbCli.redacting(redact, () -> command(config, target, progress, out, redact));
    }
    MigrateRequest req =
        new MigrateRequest(
            target,
            dirOption.resolve(config),
            layout != null ? layout : config.migrations().layout(),
            dryRun,
            version(baseline),
            outOfOrder,
            lockTimeout != null ? lockTimeout : config.migrations().lockTimeout());
    MigrateResult r = DbCli.redacting(redact, () -> MigrateService.run(config, req, progress));
    out.println(
        "shipgate migrate: "
            + (r.dryRun() ? "dry run, " : "")
            + r.summary()
            + " ("
            + r.took().toMillis()
            + " ms)");
    return ExitCode.OK.code();
  }

  private int command(
      ShipgateConfig config,
      DatabaseUrl target,
      Progress progress,
      PrintWriter out,
      UnaryOperator<String> redact) {
    if (dryRun) {
      out.println(redact.apply("would run migrations.command: " + config.migrations().command()));
      return ExitCode.OK.code();
    }
    MigrationStatus st = MigrateService.runCommand(config, target, root.env(), progress);
    out.println(
        st == null
            ? "shipgate migrate: migrations.command exited 0 (set migrations.dir to check its"
                + " history)"
            : "shipgate migrate: migrations.command exited 0; "
                + st.source()
                + " history at "
                + st.current());
    return ExitCode.OK.code();
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
