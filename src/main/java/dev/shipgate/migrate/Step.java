package dev.shipgate.migrate;

import dev.shipgate.db.SqlStatement;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationKind;
import java.util.List;

/**
 * One file the run will apply.
 *
 * @param statements what to execute, in order (a wrapping BEGIN/COMMIT already removed)
 * @param outsideTransaction why it must run outside a transaction, or null when it runs in one
 */
public record Step(
    MigrationScript script, List<SqlStatement> statements, String outsideTransaction) {
  public boolean repeatable() {
    return script.file().kind() == MigrationKind.REPEATABLE;
  }

  /** The history version of this step: the version text, null for a repeatable. */
  public String version() {
    return repeatable() ? null : script.file().id();
  }

  public String name() {
    return script.file().name();
  }
}
