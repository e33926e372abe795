package dev.shipgate.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus repository yields exactly the findings its markers expect: each expected finding on
 * its line with its severity, nothing anywhere else, and known misses still missed (when the lint
 * learns to catch one, turn its {@code expect-miss} into {@code expect}).
 */
class CiCorpusTest {
  static Stream<String> repositories() {
    return Corpus.repositories().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repositories")
  void reportsExactlyTheMarkedFindings(String repo) {
    Corpus.Outcome o = Corpus.lint(repo);
    Set<String> missing = new TreeSet<>(o.expected());
    missing.removeAll(o.actual());
    Set<String> unexpected = new TreeSet<>(o.actual());
    unexpected.removeAll(o.expected());
    assertThat(missing).as("expected findings not reported in %s", repo).isEmpty();
    assertThat(unexpected)
        .as("findings reported in %s on lines that must stay silent", repo)
        .isEmpty();
  }
}
