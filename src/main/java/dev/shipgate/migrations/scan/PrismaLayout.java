package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Prisma Migrate: {@code <timestamp>_<name>/migration.sql}, applied in folder-name order. Prisma
 * identifies a migration by its whole folder name, so two folders that share a timestamp are not
 * duplicates.
 */
final class PrismaLayout extends BaseLayout {
  PrismaLayout() {
    super(
        MigrationLayout.PRISMA,
        "Prisma",
        "npx prisma migrate deploy",
        EnumSet.of(
            Rule.ROLLBACK_FILE,
            Rule.DESTRUCTIVE_FILE,
            Rule.LEXICAL_ORDER_MISMATCH,
            Rule.MISSING_MIGRATION_SQL));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    return new PrismaScanner().scan(dir, skip, this);
  }

  @Override
  public Comparator<MigrationFile> order() {
    return Comparator.comparing(MigrationFile::name);
  }

  @Override
  public RollbackConvention rollbacks() {
    return RollbackConvention.NAMES_ONLY;
  }

  @Override
  public NameOrder nameOrder() {
    return NameOrder.TIMESTAMPED_NAMES;
  }

  @Override
  public String collisionKey(MigrationFile f) {
    return "N:" + f.name();
  }

  @Override
  public Optional<String> historyTable() {
    return Optional.of("_prisma_migrations");
  }
}
