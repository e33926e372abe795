package dev.shipgate.ci.rules;

import dev.shipgate.ci.shell.Cmd;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Commands that cannot fail a step: what a swallowing {@code ||} fallback is made of, and what a
 * pipe may feed without changing the pipeline's meaning ({@code tee}, formatters, log prettifiers).
 */
final class Fallbacks {
  private static final Set<String> ALWAYS_SUCCEED =
      Set.of(
          "true",
          ":",
          "echo",
          "printf",
          "cat",
          "tail",
          "head",
          "ls",
          "sleep",
          "continue",
          "journalctl");
  private static final Set<String> PASS_THROUGH =
      Set.of(
          "tee",
          "cat",
          "tail",
          "head",
          "sed",
          "awk",
          "ts",
          "go-junit-report",
          "gotestfmt",
          "tparse",
          "tap-spec",
          "tap-xunit",
          "tap-junit",
          "faucet",
          "tap-dot",
          "tap-summary",
          "pino-pretty",
          "bunyan",
          "less",
          "more",
          "sort",
          "uniq",
          "tr",
          "cut",
          "column",
          "jq",
          "ansi2txt",
          "aha",
          "xcpretty",
          "xcbeautify",
          "gawk");

  private Fallbacks() {}

  /** True when every command of the fallback succeeds whatever happened before it. */
  static boolean swallows(List<Cmd> fallback) {
    if (fallback.isEmpty()) {
      return false;
    }
    for (Cmd c : fallback) {
      List<String> w = c.values();
      if (w.isEmpty()) {
        return false;
      }
      String first = w.get(0);
      boolean logs =
          (first.equals("docker") || first.equals("kubectl") || first.equals("docker-compose"))
              && (w.contains("logs"));
      boolean exitZero =
          (first.equals("exit") || first.equals("return")) && w.size() == 2 && w.get(1).equals("0");
      boolean captured = recordsStatus(c);
      if (captured || !(ALWAYS_SUCCEED.contains(first) || logs || exitZero)) {
        return false;
      }
    }
    return true;
  }

  /** True when the command writes to {@code $GITHUB_OUTPUT} or {@code $GITHUB_ENV}. */
  static boolean recordsStatus(Cmd c) {
    return c.redirects().stream()
        .anyMatch(
            r ->
                r.target() != null
                    && (r.target().contains("GITHUB_OUTPUT") || r.target().contains("GITHUB_ENV")));
  }

  /** True when a pipe into this command passes the producer's output on, or just shows it. */
  static boolean passesThrough(Cmd c) {
    List<String> w = c.values();
    if (w.isEmpty() || w.contains("-set-exit-code") || w.contains("--set-exit-code")) {
      return false; // go-junit-report -set-exit-code fails when the tests failed
    }
    String name = w.get(0).substring(w.get(0).lastIndexOf('/') + 1);
    return PASS_THROUGH.contains(name);
  }

  static String describe(List<Cmd> cmds) {
    String s = cmds.stream().map(Cmd::text).collect(Collectors.joining("; "));
    return IgnoredFailureRule.shorten(s);
  }
}
