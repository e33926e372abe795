package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationSet;
import java.nio.file.Path;
import java.util.List;

/** Scans a migration directory in the given layout, or the detected one for {@code auto}. */
public final class MigrationScanner {
  /**
   * Which layout reads which folder.
   *
   * @param found false when nothing was recognised: {@code note} says what the folder looks like
   */
  public record Resolved(Layout layout, Path root, boolean found, String note) {}

  private MigrationScanner() {}

  public static MigrationSet scan(Path dir, MigrationLayout layout, SkipList skip) {
    Resolved r = resolve(dir, layout);
    return scan(r, skip);
  }

  public static MigrationSet scan(Resolved r, SkipList skip) {
    return Layouts.impl(r.layout().id()).scan(r.root(), skip);
  }

  /**
   * The layout and folder to read: the detected ones for {@code auto}; for a forced layout, {@code
   * dir}, or the one tree of that layout below it when {@code dir} holds none itself.
   */
  public static Resolved resolve(Path dir, MigrationLayout layout) {
    if (layout == MigrationLayout.AUTO) {
      LayoutDetector.Detected d = LayoutDetector.detect(dir);
      return new Resolved(Layouts.of(d.layout()), d.dir(), d.found(), d.note());
    }
    BaseLayout forced = Layouts.impl(layout);
    MigrationSet own = forced.scan(dir, SkipList.none());
    if (own.recognised() > 0 || !own.problems().isEmpty()) {
      return new Resolved(forced, dir, true, null);
    }
    List<Trees.Tree> below = Trees.below(dir, layout);
    if (below.size() == 1) {
      return new Resolved(forced, below.get(0).root(), true, null);
    }
    LayoutDetector.Detected d = LayoutDetector.detect(dir);
    String note =
        d.found() && d.layout() != layout
            ? "it looks like "
                + Layouts.of(d.layout()).label()
                + " migrations, not "
                + forced.label()
                + ": pass --layout "
                + d.layout().id()
                + " (or auto)"
            : d.found() ? "no " + forced.label() + " migration" : d.note();
    return new Resolved(forced, dir, false, note);
  }
}
