package dev.shipgate.ci.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall of {@code lint ci} on the real-world corpus with its injected faults,
 * measured against a person's verdicts ({@code truth} in the manifest, written from the original
 * files), not against today's findings and not against the hand-written corpus's markers: a change
 * to the rules that turns a real silenced test into silence, or flags a legitimate {@code || true},
 * lowers these figures even when someone rewrites the expected findings to match.
 *
 * <p>Thresholds: precision at least 0.95 (a false error costs more than a missed warning, and a
 * gate that cries wolf gets switched off) and recall at least 0.90; no false error is allowed on
 * the natural files. Today's figures are in docs/ci-lint.md.
 */
class CiPrecisionRecallTest {
  static final double MIN_PRECISION = 0.95;
  static final double MIN_RECALL = 0.90;

  @Test
  void precisionAndRecallOnRealFilesStayAboveTheirThresholds(@TempDir Path scratch) {
    Measure m = new Measure();
    for (Manifest.Repo repo : Manifest.load(Manifest.FILE).repos()) {
      m.repository(Manifest.ROOT.resolve(repo.dir()), repo, scratch);
    }
    System.out.println("CI lint, real-world corpus: " + m.summary());
    m.notes.forEach(n -> System.out.println("  " + n));
    assertThat(m.precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(m.recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
  }
}
