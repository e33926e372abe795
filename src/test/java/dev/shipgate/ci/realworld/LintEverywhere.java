package dev.shipgate.ci.realworld;

import dev.shipgate.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * "No stack trace, no exit 70, on any directory of any project": checks out the newest commit of
 * every fetched repository, then runs {@code shipgate lint ci DIR} in-process on every directory of
 * it (the repository root with {@code --format json} too) and reports any exit code outside 0, 1
 * and 66, and any stack trace on stderr. Not part of the build: {@code
 * bench/ci-lint-everywhere.sh}.
 *
 * <p>Usage: {@code LintEverywhere MIRROR_DIR SCRATCH_DIR}
 */
public final class LintEverywhere {
  private static final Set<Integer> EXPECTED = Set.of(0, 1, 66);
  private static final Set<String> SKIP = Set.of(".git", "node_modules");

  /**
   * A frame ({@code \tat x.y(Z.java:1)}) or a throwable's own line ({@code java.io.IOException:
   * x}).
   */
  static final java.util.regex.Pattern STACK_TRACE =
      java.util.regex.Pattern.compile(
          "(?m)^\\s+at [\\w.$<>]+\\(|^Exception in thread|^([a-z]\\w*\\.)+[\\w$]*(Exception|Error)(: |$)");

  private LintEverywhere() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path mirror = Path.of(args[0]);
    Path scratch = Path.of(args[1]);
    Map<Integer, Integer> codes = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    int repos = 0;
    int dirs = 0;
    List<Path> gits;
    try (Stream<Path> s = Files.list(mirror)) {
      gits = s.map(p -> p.resolve("repo")).filter(Files::isDirectory).sorted().toList();
    }
    for (Path git : gits) {
      String name = git.getParent().getFileName().toString();
      Path tree = scratch.resolve(name);
      checkout(git, tree);
      repos++;
      check(tree, problems, codes, "--format", "json");
      List<Path> all;
      try (Stream<Path> s = Files.walk(tree)) {
        all = s.filter(Files::isDirectory).filter(d -> !skipped(tree, d)).toList();
      }
      for (Path d : all) {
        check(d, problems, codes);
        dirs++;
      }
      Measure.delete(tree);
    }
    problems.forEach(System.out::println);
    System.out.printf(
        "lint ci on %d repositories, %d directories: exit codes %s; %d runs with a stack trace or an"
            + " unexpected exit code%n",
        repos, dirs, codes, problems.size());
    System.exit(problems.isEmpty() ? 0 : 1);
  }

  private static void check(
      Path dir, List<String> problems, Map<Integer, Integer> codes, String... extra) {
    List<String> a = new ArrayList<>(List.of("lint", "ci", dir.toString()));
    a.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(new PrintWriter(out), new PrintWriter(err), Map.of(), a.toArray(String[]::new));
    codes.merge(code, 1, Integer::sum);
    String e = err.toString();
    if (!EXPECTED.contains(code) || STACK_TRACE.matcher(e).find()) {
      problems.add(dir + ": exit " + code + ": " + e.lines().findFirst().orElse(""));
    }
  }

  private static boolean skipped(Path root, Path d) {
    for (Path part : root.relativize(d)) {
      if (SKIP.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /** The newest commit's tree, written with a private index (the mirror is not touched). */
  private static void checkout(Path git, Path into) throws IOException, InterruptedException {
    Files.createDirectories(into);
    Path index = Files.createTempFile("index-", "");
    Files.delete(index);
    try {
      for (List<String> cmd :
          List.of(
              List.of("git", "--git-dir=" + git, "--work-tree=" + into, "read-tree", "HEAD"),
              List.of(
                  "git",
                  "--git-dir=" + git,
                  "--work-tree=" + into,
                  "checkout-index",
                  "-a",
                  "-f"))) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GIT_INDEX_FILE", index.toString());
        Process p = pb.start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor();
      }
    } finally {
      Files.deleteIfExists(index);
    }
  }
}
