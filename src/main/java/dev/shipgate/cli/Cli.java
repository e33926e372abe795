package dev.shipgate.cli;

import dev.shipgate.config.Redactor;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds and runs the picocli command tree. The one place that maps outcomes to exit codes: a
 * command's return value, {@link ShipgateException} (one line, its code), a usage error (64), and
 * anything else (70, with the stack trace in a crash log). Tests call {@link #run} in-process.
 */
public final class Cli {
  private Cli() {}

  public static int runWithSystemStreams(String... args) {
    // Libraries that log through java.util.logging (pgjdbc) would print to stderr unredacted;
    // shipgate owns its output, so their console handler goes.
    java.util.logging.LogManager.getLogManager().reset();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return run(out, err, System.getenv(), Terminal.stdoutIsTerminal(), args);
  }

  /** Runs in-process with the process environment, no colour. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), false, args);
  }

  /** Runs in-process with the given environment (for `${VAR}` expansion), no colour. */
  public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
    return run(out, err, env, false, args);
  }

  static int run(
      PrintWriter out, PrintWriter err, Map<String, String> env, boolean tty, String... args) {
    ShipgateCommand root = new ShipgateCommand(env, tty && Terminal.colorAllowed(env));
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Cli::usageError);
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(ex, cmd, root));
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** A command group run without a sub-command: its usage on stderr, exit 64. */
  static int missingSubcommand(picocli.CommandLine.Model.CommandSpec spec) {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(
        "shipgate: "
            + ex.getMessage()
            + " (see `"
            + cmd.getCommandSpec().qualifiedName()
            + " --help`)");
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    return ExitCode.USAGE.code();
  }

  private static int failure(Exception ex, CommandLine cmd, ShipgateCommand root) {
    PrintWriter err = cmd.getErr();
    Redactor redactor = root.redactor();
    if (ex instanceof ShipgateException se) {
      err.println("shipgate: " + redactor.redact(se.getMessage()));
      if (root.verbose()) {
        err.print(redactor.redact(stackTrace(se)));
      }
      return ExitCode.of(se.code());
    }
    String log = crashLog(redactor.redact(stackTrace(ex)));
    err.println(
        "shipgate: internal error (a bug in shipgate): "
            + redactor.redact(ex.toString())
            + "; the stack trace is in "
            + log
            + " (please report it)");
    if (root.verbose()) {
      err.print(redactor.redact(stackTrace(ex)));
    }
    return ExitCode.INTERNAL.code();
  }

  private static String stackTrace(Throwable t) {
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }

  private static String crashLog(String stackTrace) {
    try {
      Path log = Files.createTempFile("shipgate-crash-", ".log");
      Files.writeString(log, stackTrace, StandardCharsets.UTF_8);
      return log.toString();
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
