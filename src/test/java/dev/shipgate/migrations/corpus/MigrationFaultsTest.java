package dev.shipgate.migrations.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.lint.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected into real corpus trees ({@link Faults}): every fault is flagged by the rule that
 * names it, on the file it concerns, and adds no other finding; every control adds none. Precision
 * and recall are measured over these injections on real trees, not over markers of a hand-written
 * corpus; docs/migration-lint.md quotes the figures printed here.
 */
class MigrationFaultsTest {
  @TempDir Path tmp;

  @Test
  void everyInjectedFaultIsFlaggedByItsRuleAndNothingElseIsAdded() throws IOException {
    int faults = 0;
    int flagged = 0;
    int controls = 0;
    int extra = 0;
    StringBuilder problems = new StringBuilder();
    for (Faults.Fault fault : Faults.all()) {
      Path dir = tmp.resolve(fault.entry() + "-" + Integer.toHexString(fault.name().hashCode()));
      Faults.copy(Manifest.ROOT.resolve(fault.entry()), dir);
      Set<String> before = keys(dir);
      Faults.Injected injected = fault.injection().apply(dir);
      Set<String> added = new HashSet<>(keys(dir));
      added.removeAll(before);
      Set<String> expected =
          injected.files().stream().map(f -> injected.rule() + " " + f).collect(Collectors.toSet());
      Set<String> hits = added.stream().filter(expected::contains).collect(Collectors.toSet());
      Set<String> others =
          added.stream().filter(k -> !expected.contains(k)).collect(Collectors.toSet());
      if (injected.rule() == null) {
        controls++;
      } else {
        faults++;
        if (!hits.isEmpty()) {
          flagged++;
        } else {
          problems
              .append("\nnot flagged: ")
              .append(fault)
              .append(" (expected one of ")
              .append(expected)
              .append(")");
        }
      }
      extra += others.size();
      others.forEach(
          o -> problems.append("\nextra finding for ").append(fault).append(": ").append(o));
    }
    double recall = (double) flagged / faults;
    double precision = (double) flagged / (flagged + extra);
    System.out.printf(
        "migration faults: %d faults, %d flagged, %d controls, %d extra findings; precision %.3f, recall %.3f%n",
        faults, flagged, controls, extra, precision, recall);
    assertThat(problems.toString()).isEmpty();
    assertThat(recall).isEqualTo(1.0);
    assertThat(precision).isEqualTo(1.0);
  }

  @Test
  void theCleanCorpusHasNoFalseErrorAndOnlyItsRecordedWarnings() {
    int entries = 0;
    int errors = 0;
    int warnings = 0;
    for (Manifest.Entry e : Manifest.load().entries()) {
      CorpusLint.Result r = CorpusLint.check(e, Manifest.ROOT.resolve(e.id()));
      entries++;
      errors += r.errors().size();
      Set<String> extra = new HashSet<>(r.warnings());
      extra.removeAll(r.expectedWarnings());
      warnings += extra.size();
    }
    System.out.printf(
        "migration corpus: %d directories, %d false errors, %d unexpected warnings%n",
        entries, errors, warnings);
    assertThat(errors).isZero();
    assertThat(warnings).isZero();
  }

  private static Set<String> keys(Path dir) {
    List<Finding> findings = CorpusLint.report(dir).findings();
    return findings.stream().map(f -> CorpusLint.key(dir, f)).collect(Collectors.toSet());
  }
}
