package dev.shipgate.lint;

import dev.shipgate.core.DisplayPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of a lint run: findings in file/line order, how many files were looked at, and every
 * target checked (a migration directory with its layout, a CI file with its kind). Every renderer
 * reads this record.
 */
public record LintReport(List<Finding> findings, int files, List<Target> targets) {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> DisplayPaths.of(f.path()))
          .thenComparing(f -> f.line() == null ? 0 : f.line())
          .thenComparing(f -> f.rule().ordinal());

  /**
   * One directory or file a lint checked.
   *
   * @param path what was checked (for a migration directory: the tree its layout read)
   * @param layout the migration layout id, or the CI file kind ({@code github-actions})
   * @param files how many files it looked at
   * @param detail the parenthesised text output after the path ("numbered layout, 8 files")
   * @param note null when something was checked; else why nothing was (what the folder looks like)
   */
  public record Target(Path path, String layout, int files, String detail, String note) {
    /** False when the target held nothing the lint could check. */
    public boolean checked() {
      return note == null;
    }
  }

  public LintReport {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    findings = List.copyOf(sorted);
    targets = List.copyOf(targets);
  }

  public static LintReport empty() {
    return new LintReport(List.of(), 0, List.of());
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

  /** The targets in which nothing was checked. */
  public List<Target> unchecked() {
    return targets.stream().filter(t -> !t.checked()).toList();
  }

  public LintReport plus(LintReport other) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    List<Target> t = new ArrayList<>(targets);
    t.addAll(other.targets);
    return new LintReport(all, files + other.files, t);
  }
}
