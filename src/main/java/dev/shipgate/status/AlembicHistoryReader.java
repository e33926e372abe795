package dev.shipgate.status;

import dev.shipgate.db.Jdbc;
import dev.shipgate.migrations.AlembicRevision;
import dev.shipgate.migrations.MigrationSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alembic's {@code alembic_version}: the revisions the database is at (one per branch). Applied
 * means "an ancestor of a current revision" (down_revision and depends_on edges); pending is every
 * other revision of the graph; a current revision missing from the graph is changed (its file was
 * removed or renamed). Alembic records no failures.
 */
final class AlembicHistoryReader {
  private AlembicHistoryReader() {}

  /**
   * @param current the rows of {@code alembic_version}: the revisions the database is at
   */
  static SourceState judge(List<String> current, MigrationSet set) {
    Map<String, AlembicRevision> graph = new HashMap<>();
    Set<String> parents = new HashSet<>();
    for (AlembicRevision r : set.revisions()) {
      graph.put(r.revision(), r);
      parents.addAll(r.downRevisions());
      parents.addAll(r.dependsOn());
    }
    List<String> heads =
        set.revisions().stream()
            .map(AlembicRevision::revision)
            .filter(r -> !parents.contains(r))
            .sorted()
            .toList();
    Set<String> applied = new HashSet<>();
    List<String> changed = new ArrayList<>();
    List<StatusNote> notes = new ArrayList<>();
    Deque<String> todo = new ArrayDeque<>();
    for (String rev : current) {
      if (!graph.containsKey(rev)) {
        changed.add(rev);
        notes.add(StatusNote.of(StatusNote.Kind.UNKNOWN_REVISION, rev));
      } else {
        todo.add(rev);
      }
    }
    while (!todo.isEmpty()) {
      String rev = todo.pop();
      AlembicRevision r = graph.get(rev);
      if (r != null && applied.add(rev)) {
        todo.addAll(r.downRevisions());
        todo.addAll(r.dependsOn());
      }
    }
    Map<String, Integer> depth = depths(graph);
    List<String> pending =
        graph.keySet().stream()
            .filter(r -> !applied.contains(r))
            .sorted(
                Comparator.comparing((String r) -> depth.getOrDefault(r, 0)).thenComparing(r -> r))
            .toList();
    return new SourceState(
        current.isEmpty() ? null : String.join(",", current),
        heads.isEmpty() ? null : String.join(",", heads),
        pending,
        List.of(),
        changed,
        notes);
  }

  /** Distance from a base revision, for listing pending revisions in apply order. */
  private static Map<String, Integer> depths(Map<String, AlembicRevision> graph) {
    Map<String, Integer> depth = new HashMap<>();
    for (String rev : graph.keySet()) {
      depth(rev, graph, depth, new HashSet<>());
    }
    return depth;
  }

  private static int depth(
      String rev, Map<String, AlembicRevision> graph, Map<String, Integer> memo, Set<String> seen) {
    Integer known = memo.get(rev);
    if (known != null) {
      return known;
    }
    AlembicRevision r = graph.get(rev);
    if (r == null || !seen.add(rev)) {
      return 0;
    }
    int d = 0;
    for (String p : r.downRevisions()) {
      d = Math.max(d, depth(p, graph, memo, seen) + 1);
    }
    memo.put(rev, d);
    return d;
  }

  static List<String> currentRevisions(Connection c) throws SQLException {
    return Jdbc.strings(c, "SELECT version_num FROM alembic_version ORDER BY version_num");
  }
}
