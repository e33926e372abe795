package dev.shipgate.migrations;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.RulePolicy;
import dev.shipgate.migrations.ledger.Ledger;
import dev.shipgate.migrations.rules.MigrationLinter;
import dev.shipgate.migrations.scan.MigrationScanner;
import dev.shipgate.migrations.scan.SkipList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * `shipgate lint migrations`: scan each directory, run the rules, check or update the ledger, apply
 * the `lint:` policy. Returns the report plus the ledgers it wrote.
 */
public final class MigrationLint {
  /**
   * @param layout forced layout, or AUTO to detect per directory
   */
  public record Options(MigrationLayout layout, boolean updateSum, boolean requireSum) {}

  /** The report and, for {@code --update-sum}, each ledger written with its entry count. */
  public record Outcome(LintReport report, List<String> written) {}

  private MigrationLint() {}

  public static Outcome run(List<Path> dirs, Options options, ShipgateConfig config) {
    return run(
        dirs,
        options,
        RulePolicy.from(config.lint(), config.source()),
        SkipList.of(config.migrations().skip()));
  }

  /** Lints with an explicit policy and skip list (the corpus tests use the defaults). */
  public static Outcome run(List<Path> dirs, Options options, RulePolicy policy, SkipList skip) {
    LintReport report = LintReport.empty();
    List<String> written = new ArrayList<>();
    for (Path dir : dirs) {
      requireDirectory(dir);
      report = report.plus(lintOne(dir, options, skip, policy, written));
    }
    return new Outcome(report, written);
  }

  private static LintReport lintOne(
      Path dir, Options options, SkipList skip, RulePolicy policy, List<String> written) {
    MigrationScanner.Resolved resolved = MigrationScanner.resolve(dir, options.layout());
    if (!resolved.found()) {
      String layout =
          options.layout() == MigrationLayout.AUTO ? "none" : resolved.layout().id().id();
      String detail =
          options.layout() == MigrationLayout.AUTO
              ? "no layout recognised"
              : layout + " layout, 0 files";
      List<Finding> findings = List.of(noMigrations(dir, resolved.note()));
      return new LintReport(
          policy.apply(findings),
          0,
          List.of(new LintReport.Target(dir, layout, 0, detail, resolved.note())));
    }
    MigrationSet set = MigrationScanner.scan(resolved, skip);
    List<Finding> findings = new ArrayList<>(MigrationLinter.lint(set));
    String note = null;
    if (set.recognised() == 0 && set.problems().isEmpty()) {
      note = "no " + set.definition().label() + " migration in it";
      findings.add(noMigrations(set.dir(), note));
    } else if (options.updateSum()) {
      written.add(update(set));
    } else {
      findings.addAll(Ledger.check(set, options.requireSum()));
    }
    String detail =
        set.layout().id() + " layout, " + set.files() + (set.files() == 1 ? " file" : " files");
    return new LintReport(
        policy.apply(findings),
        set.files(),
        List.of(new LintReport.Target(set.dir(), set.layout().id(), set.files(), detail, note)));
  }

  private static Finding noMigrations(Path dir, String note) {
    return Finding.of(
        Rule.NO_MIGRATIONS,
        dir,
        null,
        "nothing was checked here: " + note,
        "point shipgate at the folder that holds the migrations (or choose the layout with"
            + " --layout / migrations.layout); if this folder is meant to be empty, allow it:"
            + " lint.rules.no-migrations.allow: ["
            + DisplayPaths.of(dir)
            + "]");
  }

  private static String update(MigrationSet set) {
    try {
      int n = Ledger.update(set);
      return DisplayPaths.of(Ledger.sumFile(set))
          + " ("
          + n
          + (n == 1 ? " migration)" : " migrations)");
    } catch (IOException e) {
      throw new ShipgateException(
          ErrorCode.NOT_FOUND,
          "cannot write " + Ledger.sumFile(set) + ": " + e.getMessage() + " (check permissions)",
          e);
    }
  }

  private static void requireDirectory(Path dir) {
    if (!Files.exists(dir)) {
      throw ShipgateException.inputMissing(
          "migration directory not found: "
              + DisplayPaths.of(dir)
              + " (check the path, or migrations.dir in shipgate.yaml)");
    }
    if (!Files.isDirectory(dir)) {
      throw ShipgateException.usage(
          DisplayPaths.of(dir) + " is a file; pass the migration directory that contains it");
    }
  }
}
