package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Flyway's {@code V…__}, {@code U…__}, {@code R__} files, searched recursively. */
final class FlywayLayout extends BaseLayout {
  FlywayLayout() {
    super(
        MigrationLayout.FLYWAY,
        "Flyway",
        "flyway migrate",
        EnumSet.of(
            Rule.DUPLICATE_VERSION, Rule.ROLLBACK_FILE, Rule.DESTRUCTIVE_FILE, Rule.VERSION_GAP));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    return new FlywayScanner().scan(dir, skip, this);
  }

  @Override
  public boolean builtinRunner() {
    return true;
  }

  @Override
  public RollbackConvention rollbacks() {
    return RollbackConvention.PAIRED_FILES;
  }

  @Override
  String renamed(MigrationFile dup, Version version) {
    return dup.name().charAt(0) + version.text() + "__" + dup.description() + ".sql";
  }

  @Override
  public String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used) {
    if (dup.kind() == MigrationKind.REPEATABLE) {
      return super.renameHint(dup, kept, used);
    }
    return "rename to "
        + renamed(dup, nextAfterHighest(used))
        + " if no database has applied it yet (else rename "
        + kept.name()
        + " instead): Flyway refuses a version older than one a database already has, so the"
        + " free version comes after the newest; never rename a migration a database has already"
        + " run";
  }

  @Override
  public String rollbackAlternative(MigrationFile rollback) {
    return " (Flyway's own undo scripts are named U" + rollback.version().text() + "__...)";
  }

  @Override
  public Optional<String> historyTable() {
    return Optional.of("flyway_schema_history");
  }
}
