package dev.shipgate.ci;

import dev.shipgate.ci.classify.StepClassifier;
import dev.shipgate.ci.github.GithubReader;
import dev.shipgate.ci.gitlab.GitlabReader;
import dev.shipgate.ci.model.CiDocument;
import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.rules.CiContext;
import dev.shipgate.ci.rules.CiRules;
import dev.shipgate.ci.rules.RepoFiles;
import dev.shipgate.ci.shell.ParsedScripts;
import dev.shipgate.ci.yaml.Nodes;
import dev.shipgate.ci.yaml.YamlFile;
import dev.shipgate.ci.yaml.YamlProblem;
import dev.shipgate.config.Redactor;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.RulePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code shipgate lint ci}: finds the CI files at each path, reads them (a file that does not parse
 * is one {@code invalid-ci-file} finding, never a crash), runs the CI rules and applies the {@code
 * lint:} policy. Returns the same {@link LintReport} the migration lint returns.
 */
public final class CiLint {
  private final Map<Path, Optional<YamlFile>> parsed = new HashMap<>();
  private final Map<Path, List<CiStep>> actions = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private final Set<Path> linted = new LinkedHashSet<>();
  private final Map<Path, Optional<List<String>>> listings = new HashMap<>();
  private static final int MAX_LISTED = 20_000;

  private CiLint() {}

  /** Lints each path: a repository root, a folder of workflow files, or one CI file. */
  public static LintReport run(List<Path> paths, RulePolicy policy) {
    return run(paths, policy, Redactor.urlsOnly());
  }

  /**
   * Lints each path; messages quote commands from the CI files, so every message and fix goes
   * through {@code redactor} (URL passwords, secret values from the config and environment).
   */
  public static LintReport run(List<Path> paths, RulePolicy policy, Redactor redactor) {
    CiLint lint = new CiLint();
    List<LintReport.Target> targets = new ArrayList<>();
    for (Path input : paths) {
      CiFiles.Target target = CiFiles.resolve(input);
      boolean named = Files.isRegularFile(input);
      for (Path file : target.files()) {
        targets.add(lint.lintFile(file, target.repoRoot(), named));
      }
    }
    List<Finding> redacted = new ArrayList<>();
    for (Finding f : lint.findings) {
      redacted.add(
          new Finding(
              f.rule(),
              f.severity(),
              f.path(),
              f.line(),
              redactor.redact(f.message()),
              f.hint() == null ? null : redactor.redact(f.hint())));
    }
    return new LintReport(policy.apply(redacted), lint.linted.size(), targets);
  }

  /**
   * The repository whose CI files {@code shipgate lint} checks: {@code start} or its nearest parent
   * (up to the git root) holding {@code .github/workflows} or {@code .gitlab-ci.yml}.
   */
  public static Optional<Path> findRepository(Path start) {
    return CiFiles.findRepository(start);
  }

  /**
   * @param named the user named this file: it must be a CI file (a workflow, an action, GitLab CI),
   *     or it is an invalid-ci-file error rather than "0 jobs, OK"
   */
  private LintReport.Target lintFile(Path file, Path repoRoot, boolean named) {
    if (!linted.add(file)) {
      return new LintReport.Target(file, "ci", 1, "already checked", null);
    }
    Optional<YamlFile> yaml = parse(file);
    if (yaml.isEmpty()) {
      return new LintReport.Target(file, "ci", 1, "not checked: see the finding", null);
    }
    YamlFile f = yaml.get();
    Node root = f.root();
    if (root == null && !named) {
      return new LintReport.Target(file, "ci", 1, "empty", null);
    }
    if (named && (root == null || !looksLikeCi(file, root))) {
      invalid(
          file,
          1,
          "is not a CI file (no GitHub Actions jobs: or runs:, no GitLab CI jobs with script:),"
              + " so it was not checked",
          "pass a workflow (.github/workflows/*.yml), an action.yml or a .gitlab-ci.yml");
      return new LintReport.Target(file, "ci", 1, "not a CI file", null);
    }
    CiDocument doc;
    Map<Path, List<String>> lines = new LinkedHashMap<>();
    lines.put(file, f.lines());
    if (isGitlab(file, root)) {
      List<YamlFile> includes = new ArrayList<>();
      collectIncludes(f, repoRoot, includes, 0);
      for (YamlFile inc : includes) {
        lines.put(inc.path(), inc.lines());
      }
      doc = GitlabReader.read(f, includes);
    } else {
      doc = GithubReader.read(f);
    }
    StepClassifier classifier =
        new StepClassifier(uses -> localAction(repoRoot, uses), new ParsedScripts());
    RepoFiles files = dir -> listing(repoRoot, dir);
    findings.addAll(CiRules.check(doc, new CiContext(classifier, files), lines));
    int jobs = doc.jobs().size();
    return new LintReport.Target(
        file,
        doc.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        1,
        doc.kind().label() + ", " + jobs + (jobs == 1 ? " job" : " jobs"),
        null);
  }

  /** A GitHub workflow or action, or a GitLab pipeline (by name, or by a job with a script). */
  private static boolean looksLikeCi(Path file, Node root) {
    if (!Nodes.isMapping(root)) {
      return false;
    }
    String name = file.getFileName().toString();
    if (GithubReader.recognises(root)
        || name.endsWith(CiFiles.GITLAB_FILE)
        || name.endsWith(".gitlab-ci.yaml")) {
      return true;
    }
    for (Nodes.Entry e : Nodes.entries(root)) {
      if (java.util.Set.of("stages", "include", "workflow").contains(e.key())
          || (Nodes.isMapping(e.value())
              && (Nodes.get(e.value(), "script") != null
                  || Nodes.get(e.value(), "trigger") != null
                  || Nodes.get(e.value(), "extends") != null))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGitlab(Path file, Node root) {
    String name = file.getFileName().toString();
    if (name.endsWith(CiFiles.GITLAB_FILE) || name.endsWith(".gitlab-ci.yaml")) {
      return true;
    }
    boolean underGithub = file.toString().replace('\\', '/').contains("/.github/");
    return !underGithub && !GithubReader.recognises(root);
  }

  /**
   * Parses a file once; an unreadable or invalid file becomes an {@code invalid-ci-file} finding.
   */
  private Optional<YamlFile> parse(Path file) {
    return parsed.computeIfAbsent(file, this::read);
  }

  private Optional<YamlFile> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      invalid(file, 1, "is not UTF-8 text, so it was not checked", "save it as UTF-8");
      return Optional.empty();
    } catch (IOException e) {
      invalid(
          file,
          1,
          "cannot be read (" + e.getMessage() + "), so it was not checked",
          "check the file's permissions");
      return Optional.empty();
    }
    try {
      return Optional.of(YamlFile.parse(file, text));
    } catch (YamlProblem e) {
      invalid(
          file,
          e.line(),
          "is not valid YAML ("
              + e.getMessage()
              + "); the CI system rejects it too, and shipgate could not check it",
          "fix the YAML at this line (indentation, a missing colon, an unclosed quote)");
      return Optional.empty();
    }
  }

  private void invalid(Path file, int line, String what, String hint) {
    linted.add(file);
    findings.add(Finding.of(Rule.INVALID_CI_FILE, file, line, "this file " + what, hint));
  }

  /** Local GitLab includes ({@code include: 'ci/*.yml'}, {@code include: {local: ...}}). */
  private void collectIncludes(YamlFile from, Path repoRoot, List<YamlFile> out, int depth) {
    if (depth > 5) {
      return;
    }
    for (String spec : GitlabIncludes.localPaths(GitlabReader.config(from))) {
      String rel = spec.startsWith("/") ? spec.substring(1) : spec;
      List<Path> files =
          rel.contains("*")
              ? CiFiles.glob(repoRoot, rel)
              : List.of(repoRoot.resolve(rel).normalize());
      for (Path p : files) {
        if (!Files.isRegularFile(p)
            || out.stream().anyMatch(y -> y.path().equals(p))
            || p.equals(from.path())) {
          continue;
        }
        linted.add(p);
        Optional<YamlFile> inc = parse(p);
        if (inc.isPresent()) {
          out.add(inc.get());
          collectIncludes(inc.get(), repoRoot, out, depth + 1);
        }
      }
    }
  }

  /** File names in a folder of the repository (for rules that judge the files a loop reads). */
  private Optional<List<String>> listing(Path repoRoot, String dir) {
    Path d = repoRoot.resolve(dir).normalize();
    if (!d.startsWith(repoRoot) || !Files.isDirectory(d)) {
      return Optional.empty();
    }
    return listings.computeIfAbsent(
        d,
        k -> {
          try (Stream<Path> s = Files.list(k)) {
            return Optional.of(
                s.filter(Files::isRegularFile)
                    .limit(MAX_LISTED)
                    .map(p -> p.getFileName().toString())
                    .toList());
          } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
          }
        });
  }

  /** The steps of a local composite action ({@code uses: ./.github/actions/setup}). */
  private List<CiStep> localAction(Path repoRoot, String uses) {
    Path dir = repoRoot.resolve(uses.substring(2)).normalize();
    if (!dir.startsWith(repoRoot)) {
      return List.of();
    }
    return actions.computeIfAbsent(
        dir,
        d -> {
          for (String name : List.of("action.yml", "action.yaml")) {
            Path f = d.resolve(name);
            if (Files.isRegularFile(f)) {
              Optional<YamlFile> y = quietParse(f);
              if (y.isPresent() && y.get().root() != null) {
                CiDocument doc = GithubReader.read(y.get());
                return doc.jobs().isEmpty() ? List.of() : doc.jobs().get(0).steps();
              }
            }
          }
          return List.of();
        });
  }

  /** Parses a file only to read it (its findings come when it is linted itself). */
  private static Optional<YamlFile> quietParse(Path f) {
    try {
      return Optional.of(YamlFile.parse(f, Files.readString(f, StandardCharsets.UTF_8)));
    } catch (IOException | YamlProblem e) {
      return Optional.empty();
    }
  }
}
