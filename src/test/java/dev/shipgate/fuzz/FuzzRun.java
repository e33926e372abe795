package dev.shipgate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * A seeded fuzz loop: case {@code i} of seed {@code s} is always the same input, so a failure
 * prints the seed and the case and reruns exactly with {@code -Dshipgate.fuzz.seed=S}. Fewer or
 * more cases: {@code -Dshipgate.fuzz.cases=N}. Every run is shipgate in-process with canary secrets
 * in its environment, and must end the way a user can rely on: a documented exit code (never 70),
 * one line on stderr for a user error, no stack trace, no canary.
 */
public final class FuzzRun {
  /**
   * A secret typed where it does not belong, known to no redactor: a usage error must not echo it.
   */
  public static final String ARG_CANARY = "sk_live_ARGONLY5e6f7a8b9c";

  /** Canary secret values: they are in the environment under secret names and must never show. */
  public static final String CANARY = "sk_live_CANARY7f3a9c1e5b";

  static final String CANARY_TOKEN = "CANARYtok_9d8e7f6a5b4c";
  static final String OPENAI_CANARY = "sk-proj-CANARY0a1b2c3d4e5f";
  static final String ADMIN_CANARY = "adm_CANARY_11223344";
  static final List<String> CANARIES = List.of(CANARY, CANARY_TOKEN, OPENAI_CANARY, ADMIN_CANARY);
  static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 3, 4, 64, 66, 78, 99);

  private FuzzRun() {}

  public static long seed(long fallback) {
    return Long.getLong("shipgate.fuzz.seed", fallback);
  }

  public static int cases(int fallback) {
    return Integer.getInteger("shipgate.fuzz.cases", fallback);
  }

  /** The canaries as the environment holds them (secret names, so the redactor knows them). */
  public static Map<String, String> canaryEnv(Map<String, String> more) {
    var env = new java.util.HashMap<String, String>();
    env.put("STRIPE_SECRET_KEY", CANARY);
    env.put("CANARY_TOKEN", CANARY_TOKEN);
    env.put("OPENAI_API_KEY", OPENAI_CANARY);
    env.put("SHIPGATE_ADMIN_TOKEN", ADMIN_CANARY);
    env.putAll(more);
    return env;
  }

  /**
   * @param verbose the run had {@code --verbose}: stack traces are what it asked for
   */
  public record Outcome(int code, String out, String err, boolean verbose) {}

  public static Outcome run(Map<String, String> env, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(new PrintWriter(out), new PrintWriter(err), env, args.toArray(String[]::new));
    return new Outcome(code, out.toString(), err.toString(), args.contains("--verbose"));
  }

  /**
   * Runs {@code cases} cases; {@code one} turns (random, case index) into a description of what it
   * ran plus its outcome. The first broken promise fails with the seed, the case and the input.
   */
  public static void loop(
      String name, long seed, int cases, BiFunction<SplittableRandom, Integer, Ran> one) {
    long start = System.nanoTime();
    int runs = 0;
    for (int i = 0; i < cases; i++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
      Ran ran;
      try {
        ran = one.apply(random, i);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(header(name, seed, i) + "the harness threw: " + e, e);
      }
      for (Outcome o : ran.outcomes()) {
        runs++;
        String problem = problem(o);
        if (problem != null) {
          throw new AssertionError(
              header(name, seed, i)
                  + problem
                  + "\n--- input ---\n"
                  + ran.input()
                  + "\n--- exit "
                  + o.code()
                  + " ---\nstdout:\n"
                  + o.out()
                  + "\nstderr:\n"
                  + o.err());
        }
      }
    }
    System.out.printf(
        "%s: seed %d, %d cases, %d runs in %d ms%n",
        name, seed, cases, runs, (System.nanoTime() - start) / 1_000_000);
    assertThat(cases).isPositive();
  }

  public record Ran(String input, List<Outcome> outcomes) {}

  private static String header(String name, long seed, int i) {
    return name
        + " fuzz failed: seed "
        + seed
        + ", case "
        + i
        + " (rerun: ./mvnw test -Dtest="
        + name
        + " -Dshipgate.fuzz.seed="
        + seed
        + ")\n";
  }

  /** What is wrong with one outcome, or null. */
  public static String problem(Outcome o) {
    if (o.code() == 70) {
      return "exit 70: an internal error";
    }
    if (!DOCUMENTED.contains(o.code())) {
      return "exit " + o.code() + " is not a documented exit code";
    }
    if (o.code() == 64 && (o.out() + o.err()).contains(ARG_CANARY)) {
      return "a usage error echoed an argument that looks like a secret";
    }
    if (o.verbose()) {
      for (String canary : CANARIES) {
        if ((o.out() + o.err()).contains(canary)) {
          return "a canary secret was printed: " + canary.substring(0, 6) + "...";
        }
      }
      return null;
    }
    for (String text : List.of(o.out(), o.err())) {
      for (String canary : CANARIES) {
        if (text.contains(canary)) {
          return "a canary secret was printed: " + canary.substring(0, 6) + "...";
        }
      }
      if (text.contains("\tat ")
          || text.matches("(?s).*\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*")) {
        return "a stack trace or exception class was printed";
      }
    }
    if (o.code() == 64 && (o.out() + o.err()).contains(ARG_CANARY)) {
      return "a usage error echoed an argument that looks like a secret";
    }
    boolean groupUsage = o.code() == 64 && o.err().contains("Usage: shipgate");
    if ((o.code() == 64 && !groupUsage) || o.code() == 66 || o.code() == 78) {
      long lines = o.err().strip().lines().count();
      if (lines != 1) {
        return "a user error took " + lines + " lines on stderr (expected one)";
      }
    }
    return null;
  }
}
