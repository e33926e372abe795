package dev.shipgate.ci;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.RulePolicy;
import dev.shipgate.lint.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CI lint test corpus (src/test/resources/ci-corpus): each folder is a small repository whose
 * CI files carry {@code # expect: rule}, {@code # expect-warning: rule} and {@code # expect-miss:
 * rule} markers. Expectations and findings are compared as "file:line rule severity" strings.
 */
final class Corpus {
  static final Path ROOT = Path.of("src/test/resources/ci-corpus");
  private static final Pattern MARKER =
      Pattern.compile("#\\s*expect(-warning|-miss)?:\\s*([a-z-]+(?:\\s*,\\s*[a-z-]+)*)");

  /** What one repository of the corpus should and does produce. */
  record Outcome(String repo, Set<String> expected, Set<String> misses, Set<String> actual) {}

  private Corpus() {}

  static List<String> repositories() {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Outcome lint(String repo) {
    Path dir = ROOT.resolve(repo);
    Set<String> expected = new TreeSet<>();
    Set<String> misses = new TreeSet<>();
    readMarkers(dir, expected, misses);
    LintReport report = CiLint.run(List.of(dir), RulePolicy.defaults());
    Set<String> actual = new TreeSet<>();
    for (Finding f : report.findings()) {
      actual.add(key(dir, f.path(), f.line(), f.rule().id(), f.severity()));
    }
    return new Outcome(repo, expected, misses, actual);
  }

  private static void readMarkers(Path dir, Set<String> expected, Set<String> misses) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.ya?ml$"))
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MARKER.matcher(lines.get(i));
        if (!m.find()) {
          continue;
        }
        String kind = m.group(1);
        for (String rule : m.group(2).split("\\s*,\\s*")) {
          Severity sev = "-warning".equals(kind) ? Severity.WARNING : Severity.ERROR;
          String key = key(dir, file, i + 1, rule, sev);
          if ("-miss".equals(kind)) {
            misses.add(key);
          } else {
            expected.add(key);
          }
        }
      }
    }
  }

  private static String key(Path dir, Path file, Integer line, String rule, Severity severity) {
    Path rel = dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    return rel.toString().replace('\\', '/') + ":" + line + " " + rule + " " + severity.id();
  }
}
