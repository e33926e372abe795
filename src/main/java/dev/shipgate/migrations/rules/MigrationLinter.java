package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.migrations.MigrationSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the migration rules the directory's layout {@link dev.shipgate.migrations.Layout#checks
 * checks} over it; scan problems come first.
 */
public final class MigrationLinter {
  private static final List<MigrationRule> RULES =
      List.of(
          new DuplicateVersionRule(),
          new RollbackFileRule(),
          new DestructiveFileRule(),
          new VersionGapRule(),
          new LexicalOrderRule(),
          new AlembicGraphRule(),
          new DjangoGraphRule());

  private MigrationLinter() {}

  public static List<Finding> lint(MigrationSet set) {
    List<Finding> findings = new ArrayList<>(set.problems());
    for (MigrationRule rule : RULES) {
      if (set.definition().checks(rule.id())) {
        findings.addAll(rule.check(set));
      }
    }
    return findings;
  }
}
