package dev.shipgate.cli;

import dev.shipgate.cli.render.SupervisorFiles;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.workflow.monitor.Supervisor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `shipgate supervise [systemd|pm2]`: supervisor files for monitor, serve and the services (E1).
 */
@Command(
    name = "supervise",
    mixinStandardHelpOptions = true,
    description = {
      "Print systemd units (Restart=on-failure with a start limit) or a PM2 ecosystem file for",
      "shipgate monitor, shipgate serve and the configured services.",
      "Without an argument: say which supervisor this host has and recommend one."
    })
final class SuperviseCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "systemd|pm2", description = "Which files to print.")
  String kind;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    Supervisor.Plan plan =
        Supervisor.plan(config, shipgate(), root.env().get("PATH"), Notifications.project(config));
    var out = spec.commandLine().getOut();
    if (kind == null) {
      SupervisorFiles.recommend(plan, out);
    } else if (kind.equals("systemd")) {
      SupervisorFiles.systemd(plan, out);
    } else if (kind.equals("pm2")) {
      SupervisorFiles.pm2(plan, out);
    } else {
      throw ShipgateException.usage("unknown supervisor '" + kind + "'; use systemd or pm2");
    }
    return 0;
  }

  /** How this shipgate was started: java -jar JAR, else `shipgate` on the PATH. */
  private static String shipgate() {
    try {
      Path jar =
          Path.of(
              SuperviseCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String java = ProcessHandle.current().info().command().orElse("java");
      if (jar.toString().endsWith(".jar")) {
        return java + " -jar " + jar.toAbsolutePath();
      }
    } catch (java.net.URISyntaxException | SecurityException e) {
      // fall through
    }
    return "shipgate";
  }
}
