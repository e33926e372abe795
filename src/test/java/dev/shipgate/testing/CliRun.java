package dev.shipgate.testing;

import dev.shipgate.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process, capturing stdout, stderr and the exit code. */
public final class CliRun {
  private final Map<String, String> env = new HashMap<>();

  private CliRun() {}

  /** A run with an empty environment (nothing leaks in from the test machine). */
  public static CliRun withEmptyEnv() {
    return new CliRun();
  }

  /** A run with the process environment. */
  public static CliRun withProcessEnv() {
    CliRun r = new CliRun();
    r.env.putAll(System.getenv());
    return r;
  }

  public CliRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CliResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), Map.copyOf(env), args);
    return new CliResult(code, out.toString(), err.toString());
  }

  /** Shorthand: run with an empty environment. */
  public static CliResult shipgate(String... args) {
    return withEmptyEnv().run(args);
  }
}
