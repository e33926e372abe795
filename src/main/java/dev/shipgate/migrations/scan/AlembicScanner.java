package dev.shipgate.migrations.scan;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.AlembicRevision;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationContent;
import dev.shipgate.migrations.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Alembic's {@code versions/*.py}, subfolders included (per-release folders, {@code
 * recursive_version_locations}): every Python file there is a revision (Alembic fails to load one
 * without {@code revision = ...}). File names are free-form ({@code <rev>_<slug>.py}, {@code
 * YYYY-MM-DD_HH-MM_<rev>_<slug>.py}); only the assignments matter.
 */
final class AlembicScanner implements LayoutScanner {
  @Override
  public MigrationSet scan(Path dir, SkipList skip, Layout layout) {
    DirectoryListing.Listing listing = DirectoryListing.walk(dir);
    List<Finding> problems = new ArrayList<>(listing.problems());
    List<AlembicRevision> revisions = new ArrayList<>();
    int files = 0;
    for (DirectoryListing.Entry e : listing.entries()) {
      if (!e.name().endsWith(".py")
          || e.name().equals("__init__.py")
          || skip.matches(e.name())
          || e.directory()) {
        continue;
      }
      files++;
      MigrationContent content = MigrationContent.read(e.path());
      if (content.problem() != null) {
        problems.add(content.problem());
        continue;
      }
      Optional<AlembicRevision> rev = AlembicParser.parse(e.path(), content.text());
      if (rev.isPresent()) {
        revisions.add(rev.get());
      } else {
        problems.add(
            Finding.of(
                Rule.INVALID_NAME,
                e.path(),
                null,
                "no `revision = \"...\"` assignment: Alembic loads every .py file in versions/ as a revision and fails on this one",
                "move helper modules out of versions/, or add the revision header (alembic revision -m ...)"));
      }
    }
    return new MigrationSet(dir, layout, List.of(), revisions, List.of(), problems, files);
  }
}
