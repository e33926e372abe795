package dev.shipgate.migrations;

import java.nio.file.Path;
import java.util.List;

/**
 * One Alembic revision file, read from its text without running Python.
 *
 * @param downRevisions parents: empty for a base ({@code None}), two or more for a merge
 * @param revisionLine 1-based line of {@code revision = ...}
 * @param downRevisionLine 1-based line of {@code down_revision = ...}, 0 when absent
 */
public record AlembicRevision(
    Path path,
    String revision,
    List<String> downRevisions,
    List<String> branchLabels,
    List<String> dependsOn,
    int revisionLine,
    int downRevisionLine) {
  public AlembicRevision {
    downRevisions = List.copyOf(downRevisions);
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
  }

  public String fileName() {
    return path.getFileName().toString();
  }
}
