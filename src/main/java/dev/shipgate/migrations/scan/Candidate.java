package dev.shipgate.migrations.scan;

import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.Version;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A parsed migration name before rollback files are told apart from forward ones. */
record Candidate(Path path, String name, Version version, String description, MigrationKind kind) {

  /** Version order, then name: the order numbered, Flyway and up/down runners apply. */
  static final Comparator<MigrationFile> VERSION_ORDER =
      Comparator.comparing(
              MigrationFile::version, Comparator.nullsLast(Comparator.<Version>naturalOrder()))
          .thenComparing(MigrationFile::name);

  /**
   * Turns candidates into migrations: a versioned file whose name ends in rollback/down/revert is a
   * ROLLBACK; so is one that merely mentions rollback/revert when a forward file shares its version
   * (the paired-file pattern).
   */
  static List<MigrationFile> resolve(Collection<Candidate> candidates, SkipList skip) {
    Set<Version> forwardVersions =
        candidates.stream()
            .filter(c -> c.kind == MigrationKind.VERSIONED)
            .filter(c -> RollbackNames.classify(c.description) == RollbackNames.Form.NONE)
            .map(Candidate::version)
            .collect(Collectors.toSet());
    return candidates.stream()
        .map(
            c -> {
              MigrationKind kind = c.kind;
              if (kind == MigrationKind.VERSIONED) {
                RollbackNames.Form form = RollbackNames.classify(c.description);
                if (form == RollbackNames.Form.SUFFIX
                    || (form == RollbackNames.Form.INNER && forwardVersions.contains(c.version))) {
                  kind = MigrationKind.ROLLBACK;
                }
              }
              String id = c.version == null ? c.description : c.version.text();
              return new MigrationFile(
                  c.path, c.name, id, kind, c.version, c.description, skip.matches(c.name));
            })
        .sorted(VERSION_ORDER)
        .toList();
  }
}
