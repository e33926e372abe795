package dev.shipgate.lint;

import dev.shipgate.core.DisplayPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of a lint run: findings in file/line order, how many files were looked at, and what
 * each target was (e.g. "db/migrations: numbered, 42 files"). Every renderer reads this record.
 */
public record LintReport(List<Finding> findings, int files, List<String> targets) {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> DisplayPaths.of(f.path()))
          .thenComparing(f -> f.line() == null ? 0 : f.line())
          .thenComparing(f -> f.rule().ordinal());

  public LintReport {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    findings = List.copyOf(sorted);
    targets = List.copyOf(targets);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /** True when no finding is an error: the gate passes. */
  public boolean ok() {
    return errors() == 0;
  }

  public LintReport plus(LintReport other) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    List<String> t = new ArrayList<>(targets);
    t.addAll(other.targets);
    return new LintReport(all, files + other.files, t);
  }
}
