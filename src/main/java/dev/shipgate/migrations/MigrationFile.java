package dev.shipgate.migrations;

import java.nio.file.Path;

/**
 * One migration of a file-per-version layout (every layout but Alembic and Django).
 *
 * @param path the file that runs forward (Prisma: {@code <folder>/migration.sql}, diesel: {@code
 *     <folder>/up.sql}, goose: a {@code .sql} or {@code .go} file)
 * @param name the name that identifies and orders it: the file name, or the folder name
 * @param id the version identifier users see (PRODUCT.md §4): the version text ({@code 17b}, {@code
 *     1.1}), the Prisma folder name, or a Flyway repeatable's description
 * @param version its version; null for Flyway repeatables and Prisma folders without a timestamp
 * @param description the human part of the name
 * @param skipped listed in {@code migrations.skip}: never applied, not linted for content
 * @param variant the database an up/down file is for ({@code mysql}, {@code postgres}) or {@code
 *     ""} when it is for every database; files of different variants share a version legitimately
 */
public record MigrationFile(
    Path path,
    String name,
    String id,
    MigrationKind kind,
    Version version,
    String description,
    boolean skipped,
    String variant) {

  public MigrationFile {
    variant = variant == null ? "" : variant;
  }

  /** A migration for every database. */
  public MigrationFile(
      Path path,
      String name,
      String id,
      MigrationKind kind,
      Version version,
      String description,
      boolean skipped) {
    this(path, name, id, kind, version, description, skipped, "");
  }

  public boolean isForward() {
    return kind == MigrationKind.VERSIONED || kind == MigrationKind.REPEATABLE;
  }
}
