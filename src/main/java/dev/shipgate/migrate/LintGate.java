package dev.shipgate.migrate;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.Severity;
import dev.shipgate.migrations.MigrationLint;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.scan.MigrationScanner;
import dev.shipgate.migrations.scan.SkipList;
import java.nio.file.Path;
import java.util.List;

/**
 * Nothing reaches a database that {@code shipgate lint migrations} rejects: a duplicate version or
 * a rollback file stops the run before it connects.
 */
public final class LintGate {
  private final ShipgateConfig config;

  /** The config gives the {@code lint:} policy and {@code migrations.skip}. */
  public LintGate(ShipgateConfig config) {
    this.config = config;
  }

  /**
   * Lints {@code dir} with the config's policy and returns its scanned set.
   *
   * @throws ShipgateException {@code LINT_FAILED} when the lint reports an error; {@code NOT_FOUND}
   *     when the directory is missing
   */
  public MigrationSet check(Path dir, MigrationLayout layout) {
    LintReport report =
        MigrationLint.run(List.of(dir), new MigrationLint.Options(layout, false, false), config)
            .report();
    if (!report.ok()) {
      Finding first =
          report.findings().stream()
              .filter(f -> f.severity() == Severity.ERROR)
              .findFirst()
              .orElseThrow();
      throw new ShipgateException(
          ErrorCode.LINT_FAILED,
          "refusing to migrate: lint found "
              + report.errors()
              + (report.errors() == 1 ? " error" : " errors")
              + " in "
              + DisplayPaths.of(dir)
              + ", first "
              + DisplayPaths.of(first.path())
              + (first.line() == null ? "" : ":" + first.line())
              + ": "
              + first.rule().id()
              + ": "
              + first.message()
              + "; nothing was applied (see shipgate lint migrations "
              + DisplayPaths.of(dir)
              + ")");
    }
    return MigrationScanner.scan(dir, layout, SkipList.of(config.migrations().skip()));
  }
}
