package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code duplicate-version}: two forward migrations with one {@link Layout#collisionKey key} (the
 * version; per database for up/down variants; a Flyway repeatable's description), or, where the
 * tool requires it, one {@link Layout#nameKey name} (Rails class names). The first by name keeps
 * its version: on every database a name-ordered runner already applied it first. Each later one
 * gets a finding whose hint is the layout's ({@link Layout#renameHint}).
 */
final class DuplicateVersionRule implements MigrationRule {
  @Override
  public Rule id() {
    return Rule.DUPLICATE_VERSION;
  }

  @Override
  public List<Finding> check(MigrationSet set) {
    Layout layout = set.definition();
    List<MigrationFile> forward =
        set.migrations().stream()
            .filter(f -> !f.skipped() && f.kind() != MigrationKind.ROLLBACK)
            .filter(f -> f.version() != null || f.kind() == MigrationKind.REPEATABLE)
            .toList();
    Set<Version> used =
        set.migrations().stream()
            .map(MigrationFile::version)
            .filter(v -> v != null)
            .collect(Collectors.toSet());
    List<Finding> out = new ArrayList<>();
    for (List<MigrationFile> group : groups(forward, layout::collisionKey)) {
      MigrationFile kept = group.get(0);
      for (MigrationFile dup : group.subList(1, group.size())) {
        String what =
            dup.kind() == MigrationKind.REPEATABLE
                ? "description '" + dup.description() + "'"
                : "version " + dup.version().text();
        out.add(
            Finding.of(
                Rule.DUPLICATE_VERSION,
                dup.path(),
                null,
                what
                    + (dup.variant().isEmpty() ? "" : " for " + dup.variant())
                    + " is also used by "
                    + kept.name()
                    + ": "
                    + layout.collisionEffect(),
                layout.renameHint(dup, kept, used)));
      }
    }
    for (List<MigrationFile> group : groups(forward, f -> layout.nameKey(f).orElse(null))) {
      MigrationFile kept = group.get(0);
      for (MigrationFile dup : group.subList(1, group.size())) {
        String name = layout.nameKey(dup).orElseThrow();
        out.add(
            Finding.of(
                Rule.DUPLICATE_VERSION,
                dup.path(),
                null,
                "migration name "
                    + name
                    + " is also used by "
                    + kept.name()
                    + ": Rails stops every migration run (\"Multiple migrations have the name "
                    + name
                    + "\")",
                "rename it (and its class) to a name no other migration uses, e.g. "
                    + name
                    + "Again, if no database has applied it yet"));
      }
    }
    return out;
  }

  /** Groups of two or more files sharing a non-null key, each sorted by name. */
  private static List<List<MigrationFile>> groups(
      List<MigrationFile> files, Function<MigrationFile, String> key) {
    Map<String, List<MigrationFile>> groups = new LinkedHashMap<>();
    for (MigrationFile f : files) {
      String k = key.apply(f);
      if (k != null) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
      }
    }
    List<List<MigrationFile>> out = new ArrayList<>();
    for (List<MigrationFile> g : groups.values()) {
      if (g.size() > 1) {
        g.sort(Comparator.comparing(MigrationFile::name));
        out.add(g);
      }
    }
    return out;
  }
}
