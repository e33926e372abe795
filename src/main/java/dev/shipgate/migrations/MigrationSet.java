package dev.shipgate.migrations;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What a migration directory holds once scanned: its layout, its migrations in the order the layout
 * applies them (file-per-version layouts), its revisions (Alembic) or its modules (Django), and the
 * problems found while reading names (invalid names, unreadable entries, folders without SQL).
 *
 * @param dir the directory that was scanned (for Alembic the {@code versions} folder): where the
 *     ledger lives
 * @param definition what the layout is (its tool, order and rules)
 * @param files how many files the scan looked at
 */
public record MigrationSet(
    Path dir,
    Layout definition,
    List<MigrationFile> migrations,
    List<AlembicRevision> revisions,
    List<DjangoMigration> djangoMigrations,
    List<Finding> problems,
    int files) {
  public MigrationSet {
    migrations = List.copyOf(migrations);
    revisions = List.copyOf(revisions);
    djangoMigrations = List.copyOf(djangoMigrations);
    problems = List.copyOf(problems);
  }

  /** The layout's user-facing id. */
  public MigrationLayout layout() {
    return definition.id();
  }

  /** How many migrations (files, revisions, modules) the layout recognised, problems included. */
  public int recognised() {
    return migrations.size() + revisions.size() + djangoMigrations.size();
  }
}
