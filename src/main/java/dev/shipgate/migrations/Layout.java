package dev.shipgate.migrations;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Rule;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * What one migration layout is: its id, the tool that applies it, the order that tool applies files
 * in, which lint rules mean something for it and how they read its files. One implementation per
 * layout ({@code dev.shipgate.migrations.scan.Layouts}), which also detects and scans it; rules,
 * the ledger, {@code migrate} and {@code status} ask the layout instead of switching on its id.
 */
public interface Layout {
  /** The id users write ({@code migrations.layout}, {@code --layout}). */
  MigrationLayout id();

  /** The name people know the tool or convention by ("Django", "golang-migrate up/down"). */
  String label();

  /**
   * The command of the layout's own tool that applies it, e.g. {@code dbmate up}; empty if none.
   */
  Optional<String> tool();

  /** True when shipgate's built-in runner can apply the directory (plain SQL in version order). */
  boolean builtinRunner();

  /**
   * The table the layout's own tool records applied migrations in ({@code flyway_schema_history},
   * {@code django_migrations}, ...); empty when the layout has no tool of its own.
   */
  default Optional<String> historyTable() {
    return Optional.empty();
  }

  /** Whether {@code rule} means anything for this layout; rules that do not are never run. */
  boolean checks(Rule rule);

  /** The order the layout's tool applies forward migrations in. */
  Comparator<MigrationFile> order();

  /** How rollback files show up in this layout. */
  RollbackConvention rollbacks();

  /** What name order means for this layout, for {@code lexical-order-mismatch}. */
  NameOrder nameOrder();

  /** True when a graph (Alembic, Django), not file order, places a new migration. */
  boolean graphOrdered();

  /**
   * The part of a migration file a forward apply runs (dbmate's and goose's up sections, nothing of
   * a goose Go file), for content rules that stream the file.
   */
  ForwardPart forwardPart(Path file);

  /**
   * The Python a forward apply runs of an Alembic revision: its code outside {@code def downgrade},
   * other lines blanked so line numbers stay right. Revisions are read whole: they are code the
   * scanner parses anyway, not data dumps.
   */
  String forwardText(Path file, String text);

  /**
   * The key two forward migrations must not share: the version (per database variant for up/down
   * trees that keep one file per database), or a Flyway repeatable's description.
   */
  String collisionKey(MigrationFile file);

  /** What the tool offers instead of a rollback file among forward ones ("" when nothing). */
  default String rollbackAlternative(MigrationFile rollback) {
    return "";
  }

  /** What goes wrong when two forward migrations share a {@link #collisionKey key}. */
  default String collisionEffect() {
    return "runners apply the two in an undefined or name-dependent order, or refuse to run";
  }

  /**
   * A second key that must be unique, when the tool has one: Rails refuses two migrations whose
   * class names (the camel-cased file names) are equal. Empty for every other layout.
   */
  default Optional<String> nameKey(MigrationFile file) {
    return Optional.empty();
  }

  /**
   * How to fix {@code dup}, which shares its version with {@code kept}. Never advises renaming a
   * file that may already be applied to a version after the newest: that makes it run again.
   *
   * @param used every version in the directory; a suggested version is added to it
   */
  String renameHint(MigrationFile dup, MigrationFile kept, Set<Version> used);

  /** How rollback files show up in a layout. */
  enum RollbackConvention {
    /** Rollback files are not part of the layout; any among the migrations is applied forward. */
    PAIRED_FILES,
    /** Each version may have a {@code .down.sql}; only one without its up file is a problem. */
    DOWN_FILES,
    /** Rollback-like names are only worth a warning (Prisma folders). */
    NAMES_ONLY,
    /** Rollbacks live inside each migration (Django, Rails, Alembic, diesel's down.sql). */
    NONE
  }

  /** What the order of names means for a layout. */
  enum NameOrder {
    /** Runners apply by version, but shell loops ({@code for f in *.sql}) apply by name. */
    GLOB,
    /** The tool applies in name order; timestamps of mixed lengths can disagree with time. */
    TIMESTAMPED_NAMES,
    /** The tool sorts by version (or a graph); name order means nothing. */
    IRRELEVANT
  }
}
