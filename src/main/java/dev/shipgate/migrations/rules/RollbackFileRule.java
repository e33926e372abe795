package dev.shipgate.migrations.rules;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.Severity;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.scan.RollbackNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rollback-file}: a rollback among forward migrations. A file paired with a forward file
 * (same version, or a name ending in rollback/down/revert) is an error, and the message says
 * whether a name-ordered runner applies it after its forward file (undoing it at once). A file that
 * only mentions revert/rollback is a warning: it may be a deliberate forward migration. In the
 * up/down layout a .down.sql is its version's rollback and only an orphan is reported.
 */
final class RollbackFileRule implements MigrationRule {
  private static final String MOVE_HINT =
      "delete it or move it out of the migration directory (e.g. to a rollbacks/ folder beside it); to undo a change, write a new forward migration";

  @Override
  public Rule id() {
    return Rule.ROLLBACK_FILE;
  }

  @Override
  public List<Finding> check(MigrationSet set) {
    List<Finding> out = new ArrayList<>();
    for (MigrationFile f : set.migrations()) {
      if (f.skipped()) {
        continue;
      }
      switch (set.definition().rollbacks()) {
        case DOWN_FILES -> orphanDown(set, f).ifPresent(out::add);
        case NAMES_ONLY -> namedLikeRollback(f).ifPresent(out::add);
        case PAIRED_FILES -> {
          if (f.kind() == MigrationKind.ROLLBACK) {
            out.add(paired(set, f));
          } else if (f.kind() == MigrationKind.VERSIONED) {
            namedLikeRollback(f).ifPresent(out::add);
          }
        }
        case NONE -> {}
      }
    }
    return out;
  }

  private static Finding paired(MigrationSet set, MigrationFile rollback) {
    Optional<MigrationFile> forward =
        set.migrations().stream()
            .filter(
                m -> m.kind() == MigrationKind.VERSIONED && m.version().equals(rollback.version()))
            .findFirst();
    String message;
    if (forward.isPresent()) {
      String fwd = forward.get().name();
      message =
          rollback.name().compareTo(fwd) > 0
              ? "rollback file among forward migrations: it sorts after "
                  + fwd
                  + ", so a runner applying this directory in order applies "
                  + fwd
                  + " and then immediately undoes it"
              : "rollback file among forward migrations: it sorts before "
                  + fwd
                  + ", so a runner applying this directory in order runs the rollback first and then "
                  + fwd;
    } else {
      message =
          "rollback file among forward migrations: a runner applying this directory in order would apply it as version "
              + rollback.version().text()
              + " and undo an earlier migration";
    }
    message += set.definition().rollbackAlternative(rollback);
    return Finding.of(Rule.ROLLBACK_FILE, rollback.path(), null, message, MOVE_HINT);
  }

  private static Optional<Finding> namedLikeRollback(MigrationFile f) {
    if (RollbackNames.classify(f.description()) == RollbackNames.Form.NONE) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
                Rule.ROLLBACK_FILE,
                f.path(),
                null,
                "named like a rollback but applied as a forward migration: fine if it deliberately undoes an earlier change, a bug if it is the rollback of another file",
                "rename it without rollback/revert/undo, or allow it: lint.rules.rollback-file.allow: ["
                    + f.name()
                    + "]")
            .withSeverity(Severity.WARNING));
  }

  private static Optional<Finding> orphanDown(MigrationSet set, MigrationFile f) {
    if (f.kind() != MigrationKind.ROLLBACK) {
      return Optional.empty();
    }
    boolean hasUp =
        set.migrations().stream()
            .anyMatch(m -> m.kind() == MigrationKind.VERSIONED && m.version().equals(f.version()));
    if (hasUp) {
      return Optional.empty();
    }
    String up = f.name().replaceFirst("\\.down\\.sql$", ".up.sql");
    return Optional.of(
        Finding.of(
            Rule.ROLLBACK_FILE,
            f.path(),
            null,
            "down migration without its up migration "
                + up
                + ": the version it rolls back does not exist here",
            "restore " + DisplayPaths.of(f.path().resolveSibling(up)) + " or delete this orphan"));
  }
}
