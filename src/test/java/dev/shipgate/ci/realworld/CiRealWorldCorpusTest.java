package dev.shipgate.ci.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code lint ci} on the real-world corpus (shapes of CI files from public repositories, see {@link
 * Manifest}): each repository yields exactly the findings the manifest lists for each file (0
 * errors where none is real), and every injected fault is flagged with its rule on its line (a
 * harmless change stays silent). The manifest and the shape folders agree file for file, so a
 * missing shape or entry fails.
 */
class CiRealWorldCorpusTest {
  private static final Manifest MANIFEST = Manifest.load(Manifest.FILE);

  static Stream<String> repositories() {
    return MANIFEST.repos().stream().map(Manifest.Repo::repo);
  }

  static Stream<Arguments> faults() {
    List<Arguments> out = new ArrayList<>();
    for (Manifest.Repo r : MANIFEST.repos()) {
      for (Manifest.Entry e : r.files()) {
        for (Fault f : Fault.parse(e.faults())) {
          out.add(Arguments.of(r.repo(), e.path(), f.kind().id + " " + f.line()));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repositories")
  void reportsExactlyTheManifestFindings(String name) {
    Manifest.Repo repo = MANIFEST.byName().get(name);
    Map<String, Set<String>> actual = RealWorldCorpus.lint(Manifest.ROOT.resolve(repo.dir()), repo);
    for (Manifest.Entry e : repo.files()) {
      assertThat(actual.getOrDefault(e.path(), Set.of()))
          .as("findings in %s:%s", name, e.path())
          .containsExactlyInAnyOrderElementsOf(e.findings());
    }
    assertThat(actual.keySet()).as("files with findings").isSubsetOf(paths(repo));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("faults")
  void injectedFaultIsFlaggedWithItsRule(String name, String path, String spec, @TempDir Path tmp)
      throws IOException {
    Manifest.Repo repo = MANIFEST.byName().get(name);
    Fault fault = Fault.parse(List.of(spec)).get(0);
    RealWorldCorpus.copy(Manifest.ROOT.resolve(repo.dir()), tmp);
    Path file = tmp.resolve(path);
    Files.write(file, fault.apply(Files.readAllLines(file)));
    Set<String> reported = RealWorldCorpus.lint(tmp, repo).getOrDefault(path, Set.of());
    Set<String> atFault = new TreeSet<>();
    for (String r : reported) {
      if (fault.lines().contains(Integer.parseInt(r.split(" ", 2)[0]))) {
        atFault.add(r);
      }
    }
    if (fault.expected() == null) {
      assertThat(atFault).as("a harmless change must stay silent").isEmpty();
    } else {
      assertThat(atFault).containsExactly(fault.expected());
    }
    Set<String> others = new TreeSet<>(reported);
    others.removeAll(atFault);
    Manifest.Entry entry =
        repo.files().stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow();
    Set<String> shifted = new TreeSet<>();
    for (String f : entry.findings()) {
      String[] p = f.split(" ", 2);
      int line = Integer.parseInt(p[0]);
      shifted.add((line + fault.shift(line)) + " " + p[1]);
    }
    assertThat(others).as("the file's other findings are unchanged").isEqualTo(shifted);
  }

  @Test
  void manifestAndShapeFoldersHoldTheSameFiles() throws IOException {
    Set<String> inManifest = new TreeSet<>();
    for (Manifest.Repo r : MANIFEST.repos()) {
      r.files().forEach(e -> inManifest.add(r.dir() + "/" + e.path()));
      assertThat(r.commit()).as("%s pinned commit", r.repo()).matches("[0-9a-f]{40}");
      assertThat(r.licence()).as("%s licence", r.repo()).isNotBlank().doesNotStartWith("unknown");
    }
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> s = Files.walk(Manifest.ROOT)) {
      s.filter(Files::isRegularFile)
          .map(p -> Manifest.ROOT.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.contains("/") && p.matches(".*\\.ya?ml$"))
          .forEach(onDisk::add);
    }
    assertThat(onDisk).isEqualTo(inManifest);
  }

  @Test
  void corpusSpansEcosystemsAndHoldsAtLeastAHundredWorkflows() {
    long workflows =
        MANIFEST.repos().stream()
            .flatMap(r -> r.files().stream())
            .filter(e -> e.path().startsWith(".github/workflows/"))
            .count();
    long gitlab =
        MANIFEST.repos().stream()
            .flatMap(r -> r.files().stream())
            .filter(e -> e.path().endsWith(".gitlab-ci.yml") || e.path().startsWith(".gitlab/"))
            .count();
    Set<String> ecosystems = new TreeSet<>();
    MANIFEST.repos().forEach(r -> ecosystems.add(r.ecosystem().replace("-gitlab", "")));
    assertThat(workflows).isGreaterThanOrEqualTo(100);
    assertThat(gitlab).isGreaterThanOrEqualTo(5);
    assertThat(ecosystems)
        .contains("node", "python", "go", "rust", "java", "ruby", "php", "dotnet", "infra");
  }

  private static Set<String> paths(Manifest.Repo repo) {
    Set<String> out = new TreeSet<>();
    repo.files().forEach(e -> out.add(e.path()));
    return out;
  }
}
