package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the migration trees below a folder that is not one itself (a project root, {@code
 * src/main/resources}, {@code prisma/}): a breadth-first walk, bounded in depth and folders, that
 * does not descend into a tree once found, nor into dependency or build folders.
 */
final class Trees {
  static final int MAX_DEPTH = 6;
  static final int MAX_FOLDERS = 4000;
  private static final Set<String> SKIP =
      Set.of(
          "node_modules",
          "vendor",
          "target",
          "build",
          "dist",
          "__pycache__",
          "venv",
          "site-packages",
          "bower_components",
          "out",
          "coverage");
  private static final Pattern VERSION_FOLDER = Pattern.compile("[vV]?\\d+([._-]\\d+)*.*");

  /** One tree found: its layout and its root. */
  record Tree(MigrationLayout layout, Path root) {}

  private Trees() {}

  /** Every tree below {@code dir} (not {@code dir} itself), in breadth-first order. */
  static List<Tree> below(Path dir) {
    List<Tree> found = new ArrayList<>();
    Deque<Path> queue = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    children(dir)
        .forEach(
            c -> {
              queue.add(c);
              depths.add(1);
            });
    int visited = 0;
    while (!queue.isEmpty() && visited++ < MAX_FOLDERS) {
      Path d = queue.poll();
      int depth = depths.poll();
      Optional<MigrationLayout> l = FolderEvidence.of(d).layout();
      if (l.isPresent()) {
        found.add(new Tree(l.get(), d));
        continue;
      }
      if (depth < MAX_DEPTH) {
        for (Path c : children(d)) {
          queue.add(c);
          depths.add(depth + 1);
        }
      }
    }
    return found;
  }

  /** Trees of one layout below {@code dir}. */
  static List<Tree> below(Path dir, MigrationLayout layout) {
    return below(dir).stream().filter(t -> t.layout() == layout).toList();
  }

  /** The app migration packages below a Django project folder. */
  static List<Path> djangoApps(Path dir) {
    return below(dir, MigrationLayout.DJANGO).stream().map(Tree::root).toList();
  }

  /**
   * The one tree a set of trees forms when its tool reads them as one: Flyway and Alembic recurse,
   * so version folders ({@code 2.31/}, {@code 3.0/}) or an Alembic graph split over folders are one
   * tree at their common parent; Django reads every app of a project.
   */
  static Optional<Tree> merged(Path dir, List<Tree> trees) {
    if (trees.isEmpty()) {
      return Optional.empty();
    }
    MigrationLayout l = trees.get(0).layout();
    if (trees.stream().anyMatch(t -> t.layout() != l)) {
      return Optional.empty();
    }
    if (trees.size() == 1) {
      return Optional.of(trees.get(0));
    }
    if (l == MigrationLayout.DJANGO) {
      return Optional.of(new Tree(l, dir));
    }
    Path common = trees.get(0).root();
    for (Tree t : trees) {
      while (!t.root().startsWith(common)) {
        common = common.getParent();
      }
    }
    if (l == MigrationLayout.ALEMBIC && trees.stream().noneMatch(t -> isAlembicProject(t.root()))) {
      return Optional.of(new Tree(l, common));
    }
    if (l == MigrationLayout.FLYWAY) {
      Path c = common;
      boolean versionFolders =
          trees.stream()
              .allMatch(
                  t ->
                      t.root().equals(c)
                          || VERSION_FOLDER
                              .matcher(c.relativize(t.root()).getName(0).toString())
                              .matches());
      if (versionFolders) {
        return Optional.of(new Tree(l, common));
      }
    }
    return Optional.empty();
  }

  private static boolean isAlembicProject(Path p) {
    return Files.isRegularFile(p.resolve("env.py"));
  }

  private static List<Path> children(Path dir) {
    List<Path> out = new ArrayList<>();
    for (DirectoryListing.Entry e : DirectoryListing.list(dir).entries()) {
      String name = e.name();
      if (SKIP.contains(name) || name.endsWith(".egg-info") || !e.directory()) {
        continue;
      }
      if (Files.isSymbolicLink(e.path())) {
        continue;
      }
      out.add(e.path());
    }
    return out;
  }
}
