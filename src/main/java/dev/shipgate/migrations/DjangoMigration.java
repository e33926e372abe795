package dev.shipgate.migrations;

import java.nio.file.Path;
import java.util.List;

/**
 * One module of a Django app's {@code migrations} package, read from its text without running
 * Python.
 *
 * @param app the app label its own migrations use in {@code dependencies} (often the folder name)
 * @param name the module name ({@code 0002_auto}), the migration's key within the app
 * @param hasMigrationClass whether it defines {@code class Migration(...)}; Django refuses a module
 *     without one ("has no Migration class")
 * @param dependencies {@code (app, name)} pairs it depends on, {@code swappable_dependency} left
 *     out
 * @param replaces the migrations a squashed migration replaces
 * @param runBefore migrations that must run after this one
 * @param line 1-based line of {@code class Migration}, or 1
 * @param dependenciesLine 1-based line of {@code dependencies = ...}, or {@code line}
 */
public record DjangoMigration(
    Path path,
    String app,
    String name,
    boolean hasMigrationClass,
    List<Key> dependencies,
    List<Key> replaces,
    List<Key> runBefore,
    boolean initial,
    int line,
    int dependenciesLine) {
  public DjangoMigration {
    dependencies = List.copyOf(dependencies);
    replaces = List.copyOf(replaces);
    runBefore = List.copyOf(runBefore);
  }

  public Key key() {
    return new Key(app, name);
  }

  /** A migration's identity: app label and module name. */
  public record Key(String app, String name) {
    @Override
    public String toString() {
      return app + "." + name;
    }
  }
}
