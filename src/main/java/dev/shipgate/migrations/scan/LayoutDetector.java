package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.core.DisplayPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides a directory's layout from what its files are ({@link FolderEvidence}): names first, and
 * section markers or Python classes where names look alike. A folder that is not a tree itself but
 * holds exactly one below it (a project root, {@code src/main/resources}) is detected as that tree;
 * Flyway version folders and an Alembic graph split over folders are one tree, as those tools read
 * them; several apps' Django migrations are one project.
 */
public final class LayoutDetector {
  /**
   * The layout and the directory to scan.
   *
   * @param found false when no layout recognised anything ({@code layout} is then numbered)
   * @param note when not found: what the folder looks like and how to point at the right one
   */
  public record Detected(MigrationLayout layout, Path dir, boolean found, String note) {}

  private LayoutDetector() {}

  public static Detected detect(Path dir) {
    FolderEvidence evidence = FolderEvidence.of(dir);
    Optional<MigrationLayout> own = evidence.layout();
    if (own.isPresent()) {
      return new Detected(
          own.get(), evidence.alembicProject ? dir.resolve("versions") : dir, true, null);
    }
    List<Trees.Tree> trees = Trees.below(dir);
    Optional<Trees.Tree> one = Trees.merged(dir, trees);
    if (one.isPresent()) {
      return new Detected(one.get().layout(), one.get().root(), true, null);
    }
    if (!trees.isEmpty()) {
      return new Detected(MigrationLayout.NUMBERED, dir, false, parentOf(dir, trees));
    }
    return new Detected(MigrationLayout.NUMBERED, dir, false, Looks.describe(dir));
  }

  private static String parentOf(Path dir, List<Trees.Tree> trees) {
    String list =
        trees.stream()
            .limit(5)
            .map(t -> DisplayPaths.of(t.root()) + " (" + t.layout().id() + ")")
            .collect(Collectors.joining(", "));
    return "the parent of "
        + trees.size()
        + " migration trees: "
        + list
        + (trees.size() > 5 ? ", ..." : "")
        + "; lint each one: shipgate lint migrations "
        + trees.stream()
            .limit(5)
            .map(t -> DisplayPaths.of(t.root()))
            .collect(Collectors.joining(" "));
  }
}
