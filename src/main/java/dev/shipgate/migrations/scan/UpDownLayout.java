package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code <version>_<name>.up.sql} with an optional {@code .down.sql} (golang-migrate,
 * supabase/auth), and per-database variants ({@code .mysql.up.sql}, pop/popx): a duplicate is a
 * duplicate only within one database's files.
 */
final class UpDownLayout extends BaseLayout {
  UpDownLayout() {
    super(
        MigrationLayout.UPDOWN,
        "up/down",
        null,
        EnumSet.of(
            Rule.DUPLICATE_VERSION, Rule.ROLLBACK_FILE, Rule.DESTRUCTIVE_FILE, Rule.VERSION_GAP));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    return new UpDownScanner().scan(dir, skip, this);
  }

  @Override
  public boolean builtinRunner() {
    return true;
  }

  @Override
  public RollbackConvention rollbacks() {
    return RollbackConvention.DOWN_FILES;
  }

  @Override
  public String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used) {
    return "rename to "
        + renamed(dup, nextAfterHighest(used))
        + " and its .down.sql if no database has applied it yet (else rename "
        + kept.name()
        + " instead): up/down runners skip or reject a version older than one a database already"
        + " has, so the free version comes after the newest; never rename a migration a database"
        + " has already run";
  }
}
