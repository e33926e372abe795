package dev.shipgate.migrations;

/** What a migration file is for, as its layout defines it. */
public enum MigrationKind {
  /** A forward migration, applied once in version order. */
  VERSIONED,
  /** Flyway {@code R__}: re-applied whenever its checksum changes. */
  REPEATABLE,
  /** Flyway {@code U<version>__}: the undo script of a version; never applied forward. */
  UNDO,
  /**
   * A rollback file: an up/down layout's {@code .down.sql}, or a file named as the rollback of
   * another migration. Never applied forward.
   */
  ROLLBACK
}
