package dev.shipgate.ci;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds CI files. A repository holds {@code .github/workflows/*.yml|yaml} (GitHub reads only that
 * folder, not sub-folders), composite actions ({@code .github/actions/**}{@code /action.yml}, and
 * {@code action.yml} at the root) and {@code .gitlab-ci.yml}. A PATH may be a repository, a folder
 * of workflow files, or one file.
 */
final class CiFiles {
  static final String GITLAB_FILE = ".gitlab-ci.yml";
  private static final Set<String> SKIP_DIRS =
      Set.of(
          ".git",
          "node_modules",
          "vendor",
          "target",
          "build",
          "dist",
          ".venv",
          "venv",
          "__pycache__");

  /** What one PATH resolved to: its files and the repository root local paths resolve against. */
  record Target(Path input, List<Path> files, Path repoRoot) {}

  private CiFiles() {}

  static Target resolve(Path input) {
    if (!Files.exists(input)) {
      throw ShipgateException.inputMissing(
          "CI path not found: "
              + DisplayPaths.of(input)
              + " (pass a workflow file, a folder of workflows, or the repository root)");
    }
    Path abs = input.toAbsolutePath().normalize();
    if (Files.isRegularFile(abs)) {
      return new Target(input, List.of(abs), repoRootOf(abs));
    }
    if (hasCi(abs)) {
      return new Target(input, repositoryFiles(abs), abs);
    }
    List<Path> yaml = yamlFiles(abs);
    if (yaml.isEmpty()) {
      throw ShipgateException.inputMissing(
          "no CI files in "
              + DisplayPaths.of(input)
              + ": expected .github/workflows/*.yml or .gitlab-ci.yml there (pass the repository root or a workflow file)");
    }
    return new Target(input, yaml, repoRootOf(yaml.get(0)));
  }

  /** True when {@code dir} holds GitHub workflows, GitHub actions or a GitLab pipeline. */
  static boolean hasCi(Path dir) {
    return Files.isDirectory(dir.resolve(".github/workflows"))
        || Files.isRegularFile(dir.resolve(GITLAB_FILE))
        || Files.isDirectory(dir.resolve(".github/actions"));
  }

  /**
   * The directory with CI files: {@code start} or its nearest parent, stopping at the git root (the
   * first directory with {@code .git}).
   */
  static Optional<Path> findRepository(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    while (dir != null) {
      if (hasCi(dir)) {
        return Optional.of(dir);
      }
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  static List<Path> repositoryFiles(Path root) {
    List<Path> out = new ArrayList<>(yamlFiles(root.resolve(".github/workflows")));
    Path actions = root.resolve(".github/actions");
    if (Files.isDirectory(actions)) {
      try (Stream<Path> s = Files.walk(actions, 6, FileVisitOption.FOLLOW_LINKS)) {
        s.filter(p -> isActionFile(p) && Files.isRegularFile(p)).sorted().forEach(out::add);
      } catch (IOException | UncheckedIOException e) {
        // an unreadable actions folder only means fewer files to lint
      }
    }
    for (String name : List.of("action.yml", "action.yaml")) {
      if (Files.isRegularFile(root.resolve(name))) {
        out.add(root.resolve(name));
      }
    }
    if (Files.isRegularFile(root.resolve(GITLAB_FILE))) {
      out.add(root.resolve(GITLAB_FILE));
    }
    return out;
  }

  /** Every file under {@code root} whose path relative to it matches {@code glob}. */
  static List<Path> glob(Path root, String glob) {
    var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root, 12)) {
      s.filter(p -> Files.isRegularFile(p))
          .filter(p -> !skipped(root, p))
          .filter(p -> matcher.matches(root.relativize(p)))
          .sorted()
          .forEach(out::add);
    } catch (IOException | UncheckedIOException e) {
      return out;
    }
    return out;
  }

  private static boolean skipped(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (SKIP_DIRS.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isActionFile(Path p) {
    String n = p.getFileName().toString();
    return n.equals("action.yml") || n.equals("action.yaml");
  }

  private static List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw ShipgateException.inputMissing(
          "cannot list " + DisplayPaths.of(dir) + ": " + e.getMessage());
    }
  }

  /** {@code <root>/.github/workflows/x.yml} → root; {@code <dir>/.gitlab-ci.yml} → dir. */
  private static Path repoRootOf(Path file) {
    Path parent = file.getParent();
    for (Path p = parent; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals(".github")) {
        return p.getParent() == null ? parent : p.getParent();
      }
    }
    return parent;
  }
}
