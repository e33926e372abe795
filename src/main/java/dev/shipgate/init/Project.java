package dev.shipgate.init;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code shipgate init} found in a project: its name, migration directories (best first), CI
 * files, and stacks.
 */
public record Project(
    Path root,
    String name,
    List<MigrationCandidate> migrations,
    List<String> workflows,
    boolean gitlab,
    Set<Stack> stacks,
    String nodeInstall,
    String pythonInstall) {
  public Project {
    migrations = List.copyOf(migrations);
    workflows = List.copyOf(workflows);
    stacks = Set.copyOf(stacks);
  }

  /** The migration directory the config names, or null when none was found. */
  public MigrationCandidate primary() {
    return migrations.isEmpty() ? null : migrations.get(0);
  }

  /** "3 GitHub Actions workflows and .gitlab-ci.yml", or empty. */
  public String ciSummary() {
    StringBuilder s = new StringBuilder();
    if (!workflows.isEmpty()) {
      s.append(workflows.size())
          .append(workflows.size() == 1 ? " GitHub Actions workflow" : " GitHub Actions workflows");
    }
    if (gitlab) {
      s.append(s.isEmpty() ? "" : " and ").append(".gitlab-ci.yml");
    }
    return s.toString();
  }

  /** One line: the migrations the config names and the CI files found. */
  public String summary() {
    String found = primary() == null ? "no migration directory found" : primary().describe();
    String ci = ciSummary();
    return ci.isEmpty() ? found : found + "; " + ci;
  }
}
