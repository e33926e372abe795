package dev.shipgate.ci.rules;

import java.util.List;
import java.util.Optional;

/**
 * The file names of a folder in the repository whose CI files are linted, for rules that judge a
 * script by the files it reads (a migration loop over {@code db/migrations/*.sql}). Rules never
 * touch files themselves; {@code CiLint} answers, inside the repository only.
 */
@FunctionalInterface
public interface RepoFiles {
  /** No repository to look in. */
  RepoFiles NONE = dir -> Optional.empty();

  /**
   * The names of the regular files in {@code dir} (relative to the repository root), or empty when
   * the folder does not exist or lies outside the repository.
   */
  Optional<List<String>> list(String dir);
}
