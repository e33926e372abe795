package dev.shipgate.migrations.rules;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.AlembicRevision;
import dev.shipgate.migrations.MigrationSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Alembic revision graph: {@code duplicate-revision}, {@code broken-chain} (a parent or
 * dependency that does not exist), {@code revision-cycle} and {@code multiple-heads}. A merge
 * revision (a tuple of parents) is valid; heads that each carry their own branch label are an
 * intentional multi-branch setup and not reported.
 */
final class AlembicGraphRule implements MigrationRule {
  @Override
  public Rule id() {
    return Rule.MULTIPLE_HEADS;
  }

  @Override
  public List<Finding> check(MigrationSet set) {
    List<Finding> out = new ArrayList<>();
    Map<String, AlembicRevision> byId = new LinkedHashMap<>();
    List<AlembicRevision> sorted = new ArrayList<>(set.revisions());
    sorted.sort(Comparator.comparing(AlembicRevision::fileName));
    for (AlembicRevision r : sorted) {
      AlembicRevision first = byId.putIfAbsent(r.revision(), r);
      if (first != null) {
        out.add(
            Finding.of(
                Rule.DUPLICATE_REVISION,
                r.path(),
                r.revisionLine(),
                "revision '"
                    + r.revision()
                    + "' is also declared by "
                    + first.fileName()
                    + ": Alembic refuses to load the graph",
                "give this file a new revision id (e.g. from `alembic revision`) and point its children's down_revision at it"));
      }
    }
    Set<String> labels = new HashSet<>();
    byId.values().forEach(r -> labels.addAll(r.branchLabels()));
    for (AlembicRevision r : byId.values()) {
      out.addAll(brokenLinks(r, byId, labels));
    }
    out.addAll(cycles(byId));
    for (Map<String, AlembicRevision> graph : separateTrees(byId)) {
      out.addAll(heads(graph));
    }
    return out;
  }

  private static List<Finding> brokenLinks(
      AlembicRevision r, Map<String, AlembicRevision> byId, Set<String> labels) {
    List<Finding> out = new ArrayList<>();
    if (r.downRevisionLine() == 0) {
      out.add(
          Finding.of(
              Rule.BROKEN_CHAIN,
              r.path(),
              r.revisionLine(),
              "no down_revision assignment: Alembic cannot place revision '"
                  + r.revision()
                  + "' in the graph",
              "add down_revision = '<parent revision>' (or None for the first revision)"));
    }
    for (String parent : r.downRevisions()) {
      if (!byId.containsKey(parent)) {
        out.add(
            Finding.of(
                Rule.BROKEN_CHAIN,
                r.path(),
                r.downRevisionLine(),
                "down_revision '"
                    + parent
                    + "' does not exist: `alembic upgrade` fails with \"Can't locate revision\"",
                "restore the missing revision file, or point down_revision at an existing revision; never `alembic stamp head` over it"));
      }
    }
    for (String dep : r.dependsOn()) {
      if (!byId.containsKey(dep) && !labels.contains(dep)) {
        out.add(
            Finding.of(
                Rule.BROKEN_CHAIN,
                r.path(),
                r.revisionLine(),
                "depends_on '" + dep + "' is neither a revision nor a branch label here",
                "restore the revision it depends on, or remove it from depends_on"));
      }
    }
    return out;
  }

  private static List<Finding> cycles(Map<String, AlembicRevision> byId) {
    Map<String, Integer> state = new HashMap<>();
    Map<String, List<String>> found = new TreeMap<>();
    for (String start : new java.util.TreeSet<>(byId.keySet())) {
      if (state.getOrDefault(start, 0) != 0) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<int[]> next = new ArrayDeque<>();
      path.push(start);
      next.push(new int[] {0});
      state.put(start, 1);
      while (!path.isEmpty()) {
        String node = path.peek();
        List<String> parents = byId.get(node).downRevisions();
        int[] i = next.peek();
        if (i[0] < parents.size()) {
          String p = parents.get(i[0]++);
          if (!byId.containsKey(p)) {
            continue;
          }
          int s = state.getOrDefault(p, 0);
          if (s == 1) {
            List<String> cycle = cycleFrom(path, p);
            String key = cycle.stream().sorted().toList().toString();
            found.putIfAbsent(key, cycle);
          } else if (s == 0) {
            state.put(p, 1);
            path.push(p);
            next.push(new int[] {0});
          }
        } else {
          state.put(node, 2);
          path.pop();
          next.pop();
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<String> cycle : found.values()) {
      String first = cycle.stream().min(String::compareTo).orElseThrow();
      AlembicRevision r = byId.get(first);
      List<String> shown = new ArrayList<>(cycle);
      shown.add(cycle.get(0));
      out.add(
          Finding.of(
              Rule.REVISION_CYCLE,
              r.path(),
              r.downRevisionLine() > 0 ? r.downRevisionLine() : r.revisionLine(),
              "revision cycle "
                  + String.join(" -> ", shown)
                  + ": Alembic cannot order these revisions",
              "break the cycle: one of these down_revision values must point at an older revision"));
    }
    return out;
  }

  /** The cycle closed by an edge back to {@code target}, in child-to-parent order. */
  private static List<String> cycleFrom(Deque<String> path, String target) {
    List<String> stack = new ArrayList<>(path); // top (newest) first
    List<String> cycle = new ArrayList<>();
    for (String s : stack) {
      cycle.add(0, s);
      if (s.equals(target)) {
        break;
      }
    }
    return cycle;
  }

  /**
   * The graphs Alembic reads separately: revisions joined by an edge or by sharing a folder are one
   * graph; graphs with nothing in common (one {@code versions/<dialect>/} folder per database, each
   * its own version location) are checked on their own.
   */
  private static List<Map<String, AlembicRevision>> separateTrees(
      Map<String, AlembicRevision> byId) {
    Map<String, String> root = new HashMap<>();
    for (String id : byId.keySet()) {
      root.put(id, id);
    }
    for (AlembicRevision r : byId.values()) {
      for (String p : r.downRevisions()) {
        if (byId.containsKey(p)) {
          root.put(find(root, r.revision()), find(root, p));
        }
      }
    }
    Map<java.nio.file.Path, String> firstInFolder = new HashMap<>();
    for (AlembicRevision r : byId.values()) {
      String first = firstInFolder.putIfAbsent(r.path().getParent(), r.revision());
      if (first != null) {
        root.put(find(root, r.revision()), find(root, first));
      }
    }
    Map<String, Map<String, AlembicRevision>> parts = new LinkedHashMap<>();
    for (AlembicRevision r : byId.values()) {
      parts
          .computeIfAbsent(find(root, r.revision()), k -> new LinkedHashMap<>())
          .put(r.revision(), r);
    }
    return new ArrayList<>(parts.values());
  }

  private static String find(Map<String, String> root, String id) {
    String r = id;
    while (!root.get(r).equals(r)) {
      r = root.get(r);
    }
    root.put(id, r);
    return r;
  }

  private static List<Finding> heads(Map<String, AlembicRevision> byId) {
    Set<String> referenced = new HashSet<>();
    byId.values().forEach(r -> referenced.addAll(r.downRevisions()));
    Set<String> broken = brokenDescendants(byId);
    List<AlembicRevision> heads =
        byId.values().stream()
            .filter(r -> !referenced.contains(r.revision()) && !broken.contains(r.revision()))
            .toList();
    if (heads.size() < 2) {
      return List.of();
    }
    Set<String> headLabels = new HashSet<>();
    boolean allLabelled = true;
    for (AlembicRevision h : heads) {
      String label = branchLabel(h, byId);
      allLabelled &= label != null && headLabels.add(label);
    }
    if (allLabelled) {
      return List.of();
    }
    List<String> ids = heads.stream().map(AlembicRevision::revision).sorted().toList();
    List<Finding> out = new ArrayList<>();
    for (AlembicRevision h : heads) {
      out.add(
          Finding.of(
              Rule.MULTIPLE_HEADS,
              h.path(),
              h.revisionLine(),
              "revision '"
                  + h.revision()
                  + "' is one of "
                  + heads.size()
                  + " heads ("
                  + String.join(", ", ids)
                  + "): `alembic upgrade head` fails with \"Multiple head revisions are present\"",
              "merge them: alembic merge -m \"merge heads\" " + String.join(" ", ids)));
    }
    return out;
  }

  /**
   * Revisions whose ancestry reaches a missing revision: broken-chain already reports them, and
   * Alembic stops there before it counts heads, so they are not heads of their own.
   */
  private static Set<String> brokenDescendants(Map<String, AlembicRevision> byId) {
    Map<String, List<String>> children = new HashMap<>();
    Deque<String> todo = new ArrayDeque<>();
    for (AlembicRevision r : byId.values()) {
      for (String p : r.downRevisions()) {
        children.computeIfAbsent(p, k -> new ArrayList<>()).add(r.revision());
        if (!byId.containsKey(p)) {
          todo.add(r.revision());
        }
      }
    }
    Set<String> broken = new HashSet<>();
    while (!todo.isEmpty()) {
      String r = todo.poll();
      if (broken.add(r)) {
        todo.addAll(children.getOrDefault(r, List.of()));
      }
    }
    return broken;
  }

  private static String branchLabel(AlembicRevision head, Map<String, AlembicRevision> byId) {
    Set<String> seen = new HashSet<>();
    AlembicRevision r = head;
    while (r != null && seen.add(r.revision())) {
      if (!r.branchLabels().isEmpty()) {
        return r.branchLabels().get(0);
      }
      r = r.downRevisions().isEmpty() ? null : byId.get(r.downRevisions().get(0));
    }
    return null;
  }
}
