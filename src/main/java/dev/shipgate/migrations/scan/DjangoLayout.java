package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.DjangoMigration;
import dev.shipgate.migrations.MigrationContent;
import dev.shipgate.migrations.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Django: an app's {@code migrations} package, or a project folder holding several apps'. Django
 * loads every module there whose name does not start with {@code _} or {@code ~} (so {@code
 * __init__.py} is not a migration) and orders them by their {@code dependencies} graph, per app.
 */
final class DjangoLayout extends BaseLayout {
  DjangoLayout() {
    super(
        MigrationLayout.DJANGO,
        "Django",
        "python manage.py migrate",
        EnumSet.of(Rule.MULTIPLE_HEADS, Rule.BROKEN_CHAIN, Rule.REVISION_CYCLE));
  }

  @Override
  MigrationSet scan(Path dir, SkipList skip) {
    List<Finding> problems = new ArrayList<>();
    List<DjangoMigration> all = new ArrayList<>();
    int files = 0;
    List<Path> apps = isApp(dir) ? List.of(dir) : Trees.djangoApps(dir);
    for (Path app : apps) {
      DirectoryListing.Listing listing = DirectoryListing.list(app);
      problems.addAll(listing.problems());
      List<DjangoParser.Parsed> parsed = new ArrayList<>();
      for (DirectoryListing.Entry e : listing.entries()) {
        String name = e.name();
        if (!isModule(name) || skip.matches(name) || e.directory()) {
          continue;
        }
        files++;
        MigrationContent c = MigrationContent.read(e.path());
        if (c.problem() != null) {
          problems.add(c.problem());
          continue;
        }
        parsed.add(DjangoParser.parse(e.path(), name.substring(0, name.length() - 3), c.text()));
      }
      String label = label(app, parsed);
      for (DjangoParser.Parsed p : parsed) {
        if (!p.hasMigrationClass()) {
          problems.add(
              Finding.of(
                  Rule.INVALID_NAME,
                  p.path(),
                  null,
                  "no `class Migration`: Django loads every module in migrations/ and stops with"
                      + " BadMigrationError on this one",
                  "move helper code out of the migrations package, or prefix its name with _ so"
                      + " Django skips it"));
          continue;
        }
        all.add(
            new DjangoMigration(
                p.path(),
                label,
                p.name(),
                true,
                p.dependencies(),
                p.replaces(),
                p.runBefore(),
                p.initial(),
                p.line(),
                p.dependenciesLine()));
      }
    }
    return new MigrationSet(dir, this, List.of(), List.of(), all, problems, files);
  }

  static boolean isModule(String name) {
    return name.endsWith(".py") && !name.startsWith("_") && !name.startsWith("~");
  }

  /**
   * True when {@code dir} itself is an app's migrations package: named {@code migrations}, or
   * holding modules with a {@code class Migration}.
   */
  private static boolean isApp(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return (name != null && name.toString().equals("migrations"))
        || FolderEvidence.of(dir).django > 0;
  }

  /**
   * The app label the modules use for their own migrations: the label most of their dependencies on
   * a module of this folder name, preferring the app folder's name; the folder name without votes.
   */
  private static String label(Path app, List<DjangoParser.Parsed> parsed) {
    Path parent = app.toAbsolutePath().normalize().getParent();
    String folder =
        parent == null || parent.getFileName() == null ? "app" : parent.getFileName().toString();
    Set<String> names = new HashSet<>();
    parsed.forEach(p -> names.add(p.name()));
    Map<String, Integer> votes = new HashMap<>();
    for (DjangoParser.Parsed p : parsed) {
      for (DjangoMigration.Key k : p.dependencies()) {
        if (names.contains(k.name()) && !k.name().equals(p.name())) {
          votes.merge(k.app(), 1, Integer::sum);
        }
      }
    }
    if (votes.containsKey(folder)) {
      return folder;
    }
    return votes.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(folder);
  }

  @Override
  public boolean graphOrdered() {
    return true;
  }

  @Override
  public Optional<String> historyTable() {
    return Optional.of("django_migrations");
  }
}
