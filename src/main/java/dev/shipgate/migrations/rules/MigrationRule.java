package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.migrations.MigrationSet;
import java.util.List;

/** One offline check over a scanned migration directory. */
interface MigrationRule {
  List<Finding> check(MigrationSet set);
}
