package dev.shipgate.migrations.corpus;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.RulePolicy;
import dev.shipgate.lint.Severity;
import dev.shipgate.migrations.MigrationLint;
import dev.shipgate.migrations.scan.SkipList;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Lints one corpus directory as a user would ({@code lint migrations DIR}) and judges it. */
final class CorpusLint {
  /** What shipgate said about one directory, as comparable strings. */
  record Result(
      String id,
      String expectedLayout,
      String layout,
      Set<String> errors,
      Set<String> warnings,
      Set<String> expectedWarnings) {
    boolean passes() {
      return layout.equals(expectedLayout) && errors.isEmpty() && warnings.equals(expectedWarnings);
    }

    String describe() {
      StringBuilder sb = new StringBuilder(id);
      if (!layout.equals(expectedLayout)) {
        sb.append(": layout ").append(layout).append(", expected ").append(expectedLayout);
      }
      errors.forEach(e -> sb.append("\n  unexpected error ").append(e));
      Set<String> extra = new TreeSet<>(warnings);
      extra.removeAll(expectedWarnings);
      extra.forEach(w -> sb.append("\n  unexpected warning ").append(w));
      Set<String> missing = new TreeSet<>(expectedWarnings);
      missing.removeAll(warnings);
      missing.forEach(w -> sb.append("\n  missing warning ").append(w));
      return sb.toString();
    }
  }

  private CorpusLint() {}

  static LintReport report(Path dir) {
    return MigrationLint.run(
            List.of(dir),
            new MigrationLint.Options(MigrationLayout.AUTO, false, false),
            RulePolicy.defaults(),
            SkipList.none())
        .report();
  }

  static Result check(Manifest.Entry e, Path dir) {
    LintReport report = report(dir);
    String layout = report.targets().get(0).layout();
    Set<String> errors = new TreeSet<>();
    Set<String> warnings = new TreeSet<>();
    for (Finding f : report.findings()) {
      String key = key(dir, f);
      String rel = key.substring(key.indexOf(' ') + 1);
      if (e.allow().getOrDefault(f.rule().id(), List.of()).contains(rel)) {
        continue;
      }
      (f.severity() == Severity.ERROR ? errors : warnings).add(key);
    }
    return new Result(e.id(), e.layout(), layout, errors, warnings, new TreeSet<>(e.warnings()));
  }

  /** {@code "<rule> <path relative to dir>"}; {@code .} for the directory itself. */
  static String key(Path dir, Finding f) {
    Path base = dir.toAbsolutePath().normalize();
    Path p = f.path() == null ? base : f.path().toAbsolutePath().normalize();
    String rel = p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    return f.rule().id() + " " + (rel.isEmpty() ? "." : rel.replace('\\', '/'));
  }
}
