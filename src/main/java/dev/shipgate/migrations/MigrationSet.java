package dev.shipgate.migrations;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What a migration directory holds once scanned: its layout, its migrations in the order the layout
 * applies them (SQL layouts) or its revisions (Alembic), and the problems found while reading names
 * (invalid names, unreadable entries, Prisma folders without SQL).
 *
 * @param files how many files the scan looked at
 */
public record MigrationSet(
    Path dir,
    MigrationLayout layout,
    List<MigrationFile> migrations,
    List<AlembicRevision> revisions,
    List<Finding> problems,
    int files) {
  public MigrationSet {
    migrations = List.copyOf(migrations);
    revisions = List.copyOf(revisions);
    problems = List.copyOf(problems);
  }
}
