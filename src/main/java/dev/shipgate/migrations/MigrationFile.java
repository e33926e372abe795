package dev.shipgate.migrations;

import java.nio.file.Path;

/**
 * One migration of an SQL layout (numbered, flyway, updown, prisma).
 *
 * @param path the SQL file (for Prisma, {@code <folder>/migration.sql})
 * @param name the name that identifies and orders it: the file name, or the Prisma folder name
 * @param id the version identifier users see (PRODUCT.md §4): the version text ({@code 17b}, {@code
 *     1.1}), the Prisma folder name, or a Flyway repeatable's description
 * @param version its version; null for Flyway repeatables
 * @param description the human part of the name
 * @param skipped listed in {@code migrations.skip}: never applied, not linted for content
 */
public record MigrationFile(
    Path path,
    String name,
    String id,
    MigrationKind kind,
    Version version,
    String description,
    boolean skipped) {

  public boolean isForward() {
    return kind == MigrationKind.VERSIONED || kind == MigrationKind.REPEATABLE;
  }
}
