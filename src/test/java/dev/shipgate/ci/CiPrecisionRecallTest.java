package dev.shipgate.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the CI lint over the whole corpus, counting known misses against recall.
 *
 * <p>Thresholds: precision at least 0.95 (at most one false alarm in twenty reports: a linter that
 * cries wolf gets switched off, so a drop below this fails the build even when recall rises) and
 * recall at least 0.85 (a miss leaves a team where it was without shipgate, which is bad but not
 * harmful). The corpus is written by the people who wrote the rules, so these figures are an upper
 * bound on real-world quality; the thresholds guard against regressions, and every known miss is
 * listed in the corpus with an {@code expect-miss} marker.
 */
class CiPrecisionRecallTest {
  static final double MIN_PRECISION = 0.95;
  static final double MIN_RECALL = 0.85;

  @Test
  void precisionAndRecallStayAboveTheirThresholds() {
    int truePositives = 0;
    int reported = 0;
    int relevant = 0;
    for (String repo : Corpus.repositories()) {
      Corpus.Outcome o = Corpus.lint(repo);
      Set<String> all = new HashSet<>(o.expected());
      all.addAll(o.misses());
      Set<String> hit = new HashSet<>(o.actual());
      hit.retainAll(all);
      truePositives += hit.size();
      reported += o.actual().size();
      relevant += all.size();
    }
    double precision = reported == 0 ? 1.0 : (double) truePositives / reported;
    double recall = relevant == 0 ? 1.0 : (double) truePositives / relevant;
    System.out.printf(
        "CI lint corpus: %d findings reported, %d expected (incl. known misses), %d correct;"
            + " precision %.3f, recall %.3f%n",
        reported, relevant, truePositives, precision, recall);
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
  }
}
