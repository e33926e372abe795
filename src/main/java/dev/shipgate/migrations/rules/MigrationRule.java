package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationSet;
import java.util.List;

/** One offline check over a scanned migration directory. */
interface MigrationRule {
  /** The rule id its findings carry; the check runs only where the layout {@code checks} it. */
  Rule id();

  List<Finding> check(MigrationSet set);
}
