package dev.shipgate.cli;

import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.incidents.notify.NotifyTest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate notify test`: one test message per destination (O6). */
@Command(
    name = "notify",
    header = "Notification destinations: notify test.",
    mixinStandardHelpOptions = true,
    subcommands = {NotifyCommand.Test.class})
final class NotifyCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Cli.missingSubcommand(spec);
  }

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = {
        "Send one test message to each destination in notify: (slack, webhook, github),",
        "each within notify.timeout. Exit 0 when every one was delivered, 1 otherwise."
      })
  static final class Test implements Callable<Integer> {
    @ParentCommand NotifyCommand parent;

    @Spec CommandSpec spec;

    @Mixin FormatOption format;

    @Override
    public Integer call() {
      ShipgateCommand root = parent.root;
      var config = root.config();
      NotifyTest.Report r = NotifyTest.run(config, root.env());
      if (r.results().isEmpty()) {
        String why = r.skipped().isEmpty() ? "" : " (" + String.join("; ", r.skipped()) + ")";
        throw ShipgateException.config(
            config.source().where("notify")
                + ": no notification destination is configured"
                + why
                + "; set notify.slack, notify.webhook or notify.github");
      }
      root.output().redactWith(Notifications.redactor(root.redactor(), config));
      PrintWriter out = spec.commandLine().getOut();
      if (format.json()) {
        Json.write(IncidentsRenderer.notifyJson(r), out);
      } else {
        IncidentsRenderer.notifyText(r, out);
      }
      out.flush();
      return (r.ok() ? ExitCode.OK : ExitCode.GATE_FAILED).code();
    }
  }
}
