package dev.shipgate.cli;

import dev.shipgate.config.Durations;
import dev.shipgate.config.Redactor;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.probe.wait.TargetOutcome;
import dev.shipgate.probe.wait.WaitOptions;
import dev.shipgate.probe.wait.WaitProgress;
import dev.shipgate.probe.wait.WaitReport;
import dev.shipgate.probe.wait.WaitService;
import dev.shipgate.probe.wait.WaitTarget;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate wait TARGET...`: readiness wait with a strict timeout (P5). */
@Command(
    name = "wait",
    mixinStandardHelpOptions = true,
    description = {
      "Wait until every target is ready: http(s)://... answers 2xx (or --status),",
      "tcp://HOST:PORT accepts connections, a file path exists. Says why it is still waiting;",
      "never waits forever. Exit 0 when all are ready, 1 on timeout."
    })
final class WaitCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "TARGET",
      arity = "1..*",
      description = "http(s)://HOST/PATH, tcp://HOST:PORT, or a file path.")
  List<String> targets;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Give up after this long (default: 60s).")
  Duration timeout;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "Pause between polls of one target (default: 25ms for files and loopback hosts, 250ms for other hosts).")
  Duration interval;

  @Option(
      names = "--request-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Bound on each HTTP request or TCP connect (default: 5s).")
  Duration requestTimeout;

  @Option(
      names = "--status",
      paramLabel = "CODE",
      split = ",",
      description = "HTTP statuses that count as ready, e.g. --status 200,401 (default: any 2xx).")
  List<Integer> statuses;

  @Override
  public Integer call() {
    List<WaitTarget> parsed;
    WaitOptions options;
    try {
      parsed = WaitService.targets(targets);
      options = new WaitOptions(timeout, interval, requestTimeout, statuses);
    } catch (IllegalArgumentException e) {
      throw ShipgateException.usage("wait: " + e.getMessage());
    }
    Redactor redactor = Redactor.of(root.configIfUsable(), root.env());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WaitReport report = new WaitService(options, redactor, new Progress(out, err)).run(parsed);
    if (report.allReady()) {
      return ExitCode.OK.code();
    }
    err.println(
        "shipgate: timed out after "
            + Durations.format(options.timeout())
            + " waiting for "
            + report.pending().stream()
                .map(o -> o.target() + " (" + o.describe() + ")")
                .collect(Collectors.joining(", ")));
    err.flush();
    return ExitCode.GATE_FAILED.code();
  }

  /** Ready lines on stdout as they happen; "still waiting" lines on stderr. */
  private record Progress(PrintWriter out, PrintWriter err) implements WaitProgress {
    @Override
    public void ready(TargetOutcome o) {
      out.println(
          "ready: "
              + o.target()
              + " after "
              + seconds(o.elapsedMs())
              + " ("
              + o.last().detail()
              + ", "
              + o.attempts()
              + (o.attempts() == 1 ? " attempt)" : " attempts)"));
      out.flush();
    }

    @Override
    public void stillWaiting(Duration elapsed, Duration timeout, List<TargetOutcome> pending) {
      for (TargetOutcome o : pending) {
        err.println(
            "shipgate: still waiting for "
                + o.target()
                + " ["
                + seconds(elapsed.toMillis())
                + " of "
                + Durations.format(timeout)
                + ", "
                + o.attempts()
                + (o.attempts() == 1 ? " attempt" : " attempts")
                + "]: "
                + o.describe());
      }
      err.flush();
    }

    private static String seconds(long ms) {
      return String.format(Locale.ROOT, "%.2fs", ms / 1000.0);
    }
  }
}
