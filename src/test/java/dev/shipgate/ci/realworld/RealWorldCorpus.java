package dev.shipgate.ci.realworld;

import dev.shipgate.ci.CiLint;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.RulePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lints one repository of the real-world corpus the way a user would ({@code lint ci} on its root,
 * plus each GitLab file kept in a sub-folder, such as a tool's examples, on its own folder) and
 * returns the findings per file as {@code "LINE RULE SEVERITY"}. The same code reads the committed
 * shapes and, in the full-fidelity check, the original files.
 */
final class RealWorldCorpus {
  private RealWorldCorpus() {}

  /** Findings per manifest path (every path present, most with none). */
  static Map<String, Set<String>> lint(Path root, Manifest.Repo repo) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Manifest.Entry e : repo.files()) {
      out.put(e.path(), new TreeSet<>(Comparator.comparing(RealWorldCorpus::order)));
    }
    List<Path> targets = new ArrayList<>();
    boolean rootCi = repo.files().stream().anyMatch(e -> !isNestedGitlab(e.path()));
    if (rootCi) {
      targets.add(root);
    }
    for (Manifest.Entry e : repo.files()) {
      if (isNestedGitlab(e.path())) {
        targets.add(root.resolve(e.path()).getParent());
      }
    }
    Path abs = root.toAbsolutePath().normalize();
    for (Path t : targets) {
      LintReport report = CiLint.run(List.of(t), RulePolicy.defaults());
      for (Finding f : report.findings()) {
        String rel =
            abs.relativize(f.path().toAbsolutePath().normalize()).toString().replace('\\', '/');
        out.computeIfAbsent(rel, k -> new TreeSet<>(Comparator.comparing(RealWorldCorpus::order)))
            .add(f.line() + " " + f.rule().id() + " " + f.severity().id());
      }
    }
    return out;
  }

  /** A GitLab file below the root: {@code lint ci} of the root does not read it. */
  static boolean isNestedGitlab(String path) {
    return path.endsWith(".gitlab-ci.yml") && path.contains("/") && !path.startsWith(".gitlab/");
  }

  private static String order(String finding) {
    String[] p = finding.split(" ", 2);
    return String.format("%08d %s", Integer.parseInt(p[0]), p.length > 1 ? p[1] : "");
  }

  /** Copies the repository's shape folder to {@code into} (for fault injection). */
  static void copy(Path from, Path into) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = into.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.createDirectories(t.getParent());
          Files.copy(p, t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the original CI files of {@code repo} at its pinned commit from the mirror into {@code
   * into}, with the SQL folders its scripts read.
   */
  static void materialise(Path mirror, Manifest.Repo repo, Path into)
      throws IOException, InterruptedException {
    Path git = mirror.resolve(repo.dir()).resolve("repo");
    List<String> paths = new ArrayList<>();
    repo.files().forEach(e -> paths.add(e.path()));
    if (!repo.folders().isEmpty()) {
      String tree = Git.run(git, "ls-tree", "-r", "--name-only", repo.commit());
      for (String p : tree.split("\n")) {
        for (String d : repo.folders()) {
          if (p.startsWith(d + "/") && p.indexOf('/', d.length() + 1) < 0 && p.endsWith(".sql")) {
            paths.add(p);
          }
        }
      }
    }
    for (String p : paths) {
      Path t = into.resolve(p);
      Files.createDirectories(t.getParent());
      Files.writeString(t, Git.run(git, "show", repo.commit() + ":" + p), StandardCharsets.UTF_8);
    }
  }

  /** The manifest's findings of each path, as a map like {@link #lint}'s. */
  static Map<String, List<String>> expected(Manifest.Repo repo) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    repo.files().forEach(e -> out.put(e.path(), e.findings()));
    return out;
  }
}
