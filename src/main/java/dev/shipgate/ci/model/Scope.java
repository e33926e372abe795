package dev.shipgate.ci.model;

import java.nio.file.Path;

/**
 * The lines a job or step occupies in its file (1-based, inclusive). A {@code # shipgate: allow}
 * comment silences findings of the scope that owns the comment's line.
 */
public record Scope(Path file, int start, int end) {
  public boolean contains(Path f, int line) {
    return file.equals(f) && line >= start && line <= end;
  }

  public int size() {
    return end - start;
  }
}
