package dev.shipgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Interruption;
import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds and runs the picocli command tree behind the {@link Output} boundary. The one place that
 * turns errors into exit codes: {@link ShipgateException} (one line, the code of its {@link
 * ErrorCode}), a usage error (64), and anything else (70, with the stack trace in a crash log).
 * When the command was asked for {@code --format json}, an error is also one JSON document on
 * stdout. Tests call {@link #run} in-process.
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
    return run(out, err, System.getenv(), Terminal.stdoutIsTerminal(), true, args);
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
    return run(out, err, env, tty, false, args);
  }

  /** {@code signals}: the real process, which handles SIGINT and SIGTERM ({@link SignalExit}). */
  private static int run(
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      boolean tty,
      boolean signals,
      String... args) {
    Output output = new Output(out, err, Redactor.of(ShipgateConfig.defaults(), env));
    if (signals) {
      SignalExit.install(output, Thread.currentThread());
    }
    ShipgateCommand root = new ShipgateCommand(env, tty && Terminal.colorAllowed(env), output);
    output.jsonWanted(() -> jsonRequested(root, List.of(args)));
    CommandLine cl = HelpLayout.apply(new CommandLine(root));
    cl.setOut(output.out());
    cl.setErr(output.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> usageError(ex, a, root));
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(ex, root, args));
    int code;
    try {
      code = cl.execute(args);
      var signal =
          signals ? Interruption.received() : java.util.Optional.<Interruption.Signal>empty();
      if (signal.isPresent()) {
        output.interrupted(SignalExit.line(signal.get()), SignalExit.document(signal.get()));
        code = ExitCode.ofSignal(signal.get());
      }
    } catch (OutOfMemoryError e) {
      code = outOfMemory(root);
    } finally {
      output.finish();
    }
    return code;
  }

  /** The command tree with an empty environment, for tools that walk it (tests, completion). */
  static CommandLine commandTree() {
    Output output =
        new Output(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Redactor.urlsOnly());
    return HelpLayout.apply(new CommandLine(new ShipgateCommand(Map.of(), false, output)));
  }

  /** A command group run without a sub-command: its usage on stderr, exit 64. */
  static int missingSubcommand(picocli.CommandLine.Model.CommandSpec spec) {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  private static int usageError(
      CommandLine.ParameterException ex, String[] args, ShipgateCommand root) {
    CommandLine cmd = ex.getCommandLine();
    List<String> suggestions = UsageErrors.suggestions(ex);
    String message =
        UsageErrors.message(ex, args)
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(" or ", suggestions) + "?")
            + " (see `"
            + cmd.getCommandSpec().qualifiedName()
            + " --help`)";
    root.output().err().println("shipgate: " + message);
    if (jsonRequested(root, List.of(args))) {
      root.output().json(errorDocument(ErrorCode.USAGE, message));
    }
    return ExitCode.USAGE.code();
  }

  /** One line naming what was being read and SHIPGATE_JAVA_OPTS; exit 70. */
  private static int outOfMemory(ShipgateCommand root) {
    String message = dev.shipgate.core.MemoryUse.message();
    root.output().err().println("shipgate: " + message);
    if (root.requestedFormat() == OutputFormat.JSON) {
      root.output().json(errorDocument(ErrorCode.INTERNAL, message));
    }
    return ExitCode.INTERNAL.code();
  }

  private static int failure(Exception ex, ShipgateCommand root, String[] args) {
    PrintWriter err = root.output().err();
    if (ex.getCause() instanceof OutOfMemoryError) {
      return outOfMemory(root);
    }
    if (ex instanceof ShipgateException usage
        && usage.code().errorClass() == dev.shipgate.core.ErrorClass.USAGE) {
      // a usage error may quote an argument (`unknown check 'X'`): X may be a secret
      ex = usage.withMessage(UsageErrors.scrub(usage.getMessage(), args));
    }
    if (ex instanceof ShipgateException se) {
      err.println("shipgate: " + se.getMessage());
      if (root.verbose()) {
        err.print(stackTrace(se));
      }
      if (root.requestedFormat() == OutputFormat.JSON) {
        root.output().json(errorDocument(se.code(), se.getMessage()));
      }
      return ExitCode.of(se.code());
    }
    String log = crashLog(root.redactor().redact(stackTrace(ex)));
    String message = "internal error (a bug in shipgate): " + ex + "; the stack trace is in " + log;
    err.println("shipgate: " + message + " (please report it)");
    if (root.verbose()) {
      err.print(stackTrace(ex));
    }
    if (root.requestedFormat() == OutputFormat.JSON) {
      root.output().json(errorDocument(ErrorCode.INTERNAL, message));
    }
    return ExitCode.INTERNAL.code();
  }

  /**
   * {@code {"ok": false, "error": {"code", "message", "exitCode"}}}: what a JSON consumer gets when
   * a command could not produce its own document.
   */
  public static ObjectNode errorDocument(ErrorCode code, String message) {
    ObjectNode doc = Json.object();
    doc.put("ok", false);
    ObjectNode error = doc.putObject("error");
    error.put("code", code.id());
    error.put("message", message);
    error.put("exitCode", ExitCode.of(code));
    return doc;
  }

  /** JSON was asked for, even when parsing stopped before {@code --format} was read. */
  private static boolean jsonRequested(ShipgateCommand root, List<String> args) {
    if (root.requestedFormat() == OutputFormat.JSON) {
      return true;
    }
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equalsIgnoreCase("--format=json")
          || (a.equals("--format")
              && i + 1 < args.size()
              && args.get(i + 1).equalsIgnoreCase("json"))) {
        return true;
      }
    }
    return false;
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
