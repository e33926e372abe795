package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.DjangoMigration;
import dev.shipgate.migrations.DjangoMigration.Key;
import dev.shipgate.migrations.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each Django app's migration graph, as Django's loader builds it: {@code broken-chain} for a
 * dependency on a migration of the same app that does not exist (NodeNotFoundError), {@code
 * multiple-heads} for two leaf nodes ("Conflicting migrations detected; multiple leaf nodes"),
 * {@code revision-cycle} for a circular dependency. A squashed migration stands for the ones it
 * {@code replaces}, whether those still exist or not; {@code __first__} and {@code __latest__},
 * {@code swappable_dependency} and other apps' migrations are not this app's to check.
 */
final class DjangoGraphRule implements MigrationRule {
  @Override
  public Rule id() {
    return Rule.MULTIPLE_HEADS;
  }

  @Override
  public List<Finding> check(MigrationSet set) {
    Map<Path, List<DjangoMigration>> apps = new LinkedHashMap<>();
    for (DjangoMigration m : set.djangoMigrations()) {
      apps.computeIfAbsent(m.path().getParent(), k -> new ArrayList<>()).add(m);
    }
    List<Finding> out = new ArrayList<>();
    for (List<DjangoMigration> app : apps.values()) {
      out.addAll(app(app));
    }
    return out;
  }

  private static List<Finding> app(List<DjangoMigration> migrations) {
    String label = migrations.get(0).app();
    Map<String, DjangoMigration> byName = new TreeMap<>();
    migrations.forEach(m -> byName.put(m.name(), m));
    // a squashed migration replaces its targets: edges to them lead to it
    Map<String, String> replacedBy = new HashMap<>();
    for (DjangoMigration m : byName.values()) {
      for (Key r : m.replaces()) {
        if (r.app().equals(label)) {
          replacedBy.put(r.name(), m.name());
        }
      }
    }
    Set<String> nodes = new HashSet<>(byName.keySet());
    nodes.removeIf(n -> replacedBy.containsKey(n) && !replacedBy.get(n).equals(n));
    List<Finding> out = new ArrayList<>();
    Map<String, Set<String>> parents = new HashMap<>();
    nodes.forEach(n -> parents.put(n, new HashSet<>()));
    for (String n : nodes) {
      DjangoMigration m = byName.get(n);
      for (Key d : m.dependencies()) {
        if (!d.app().equals(label)
            || d.name().equals("__first__")
            || d.name().equals("__latest__")) {
          continue;
        }
        String target = resolve(d.name(), replacedBy, nodes);
        if (target == null) {
          out.add(
              Finding.of(
                  Rule.BROKEN_CHAIN,
                  m.path(),
                  m.dependenciesLine(),
                  "depends on "
                      + d
                      + ", which does not exist in this app: Django stops with NodeNotFoundError"
                      + " (\"dependencies reference nonexistent parent node\")",
                  "restore the missing migration from version control, or point the dependency"
                      + " at an existing migration of "
                      + label));
        } else if (!target.equals(n)) {
          parents.get(n).add(target);
        }
      }
      for (Key c : m.runBefore()) {
        String child = c.app().equals(label) ? resolve(c.name(), replacedBy, nodes) : null;
        if (child != null && !child.equals(n)) {
          parents.get(child).add(n);
        }
      }
    }
    out.addAll(cycles(byName, parents));
    out.addAll(leaves(label, byName, parents));
    return out;
  }

  private static String resolve(String name, Map<String, String> replacedBy, Set<String> nodes) {
    Set<String> seen = new HashSet<>();
    String n = name;
    while (!nodes.contains(n) && replacedBy.containsKey(n) && seen.add(n)) {
      n = replacedBy.get(n);
    }
    return nodes.contains(n) ? n : null;
  }

  private static List<Finding> leaves(
      String label, Map<String, DjangoMigration> byName, Map<String, Set<String>> parents) {
    Set<String> hasChild = new HashSet<>();
    parents.values().forEach(hasChild::addAll);
    List<String> leaves =
        parents.keySet().stream().filter(n -> !hasChild.contains(n)).sorted().toList();
    if (leaves.size() < 2) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (String leaf : leaves) {
      DjangoMigration m = byName.get(leaf);
      out.add(
          Finding.of(
              Rule.MULTIPLE_HEADS,
              m.path(),
              m.line(),
              leaf
                  + " is one of "
                  + leaves.size()
                  + " leaf migrations of app "
                  + label
                  + " ("
                  + String.join(", ", leaves)
                  + "): Django stops with \"Conflicting migrations detected; multiple leaf nodes"
                  + " in the migration graph\"",
              "merge them: python manage.py makemigrations --merge " + label));
    }
    return out;
  }

  private static List<Finding> cycles(
      Map<String, DjangoMigration> byName, Map<String, Set<String>> parents) {
    Map<String, Integer> state = new HashMap<>();
    List<Finding> out = new ArrayList<>();
    for (String start : new TreeMap<>(parents).keySet()) {
      if (state.getOrDefault(start, 0) == 0) {
        visit(start, parents, state, new ArrayList<>(), byName, out);
      }
    }
    return out;
  }

  private static void visit(
      String n,
      Map<String, Set<String>> parents,
      Map<String, Integer> state,
      List<String> path,
      Map<String, DjangoMigration> byName,
      List<Finding> out) {
    state.put(n, 1);
    path.add(n);
    for (String p : new java.util.TreeSet<>(parents.getOrDefault(n, Set.of()))) {
      int s = state.getOrDefault(p, 0);
      if (s == 1) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(p), path.size()));
        cycle.add(p);
        DjangoMigration m = byName.get(p);
        out.add(
            Finding.of(
                Rule.REVISION_CYCLE,
                m.path(),
                m.dependenciesLine(),
                "circular dependency "
                    + String.join(" -> ", cycle)
                    + ": Django stops with CircularDependencyError",
                "break the cycle: one of these migrations must not depend on the next"));
      } else if (s == 0 && path.size() < 10_000) {
        visit(p, parents, state, path, byName, out);
      }
    }
    path.remove(path.size() - 1);
    state.put(n, 2);
  }
}
