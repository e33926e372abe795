package dev.shipgate.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code dependsOn} graph: validated once (unknown names and cycles are refused), then asked
 * which DOWN target, if any, is the root cause behind a failing dependent.
 */
public final class Dependencies {
  private final Map<String, List<String>> edges;

  private Dependencies(Map<String, List<String>> edges) {
    this.edges = edges;
  }

  /**
   * @throws IllegalArgumentException naming the target and the unknown dependency or the cycle
   */
  public static Dependencies of(List<TargetPolicy> policies) {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (TargetPolicy p : policies) {
      edges.put(p.name(), p.dependsOn());
    }
    for (TargetPolicy p : policies) {
      for (String d : p.dependsOn()) {
        if (!edges.containsKey(d)) {
          throw new IllegalArgumentException(
              "target '"
                  + p.name()
                  + "' depends on '"
                  + d
                  + "', which is not a target; known: "
                  + String.join(", ", edges.keySet()));
        }
      }
    }
    Map<String, Integer> mark = new HashMap<>();
    for (String n : edges.keySet()) {
      cycle(n, edges, mark, new ArrayList<>());
    }
    return new Dependencies(edges);
  }

  private static void cycle(
      String n, Map<String, List<String>> edges, Map<String, Integer> mark, List<String> path) {
    Integer m = mark.get(n);
    if (m != null && m == 2) {
      return;
    }
    path.add(n);
    if (m != null && m == 1) {
      throw new IllegalArgumentException(
          "dependsOn has a cycle: "
              + String.join(" -> ", path.subList(path.indexOf(n), path.size())));
    }
    mark.put(n, 1);
    for (String d : edges.get(n)) {
      cycle(d, edges, mark, path);
    }
    mark.put(n, 2);
    path.remove(path.size() - 1);
  }

  public List<String> of(String target) {
    return edges.getOrDefault(target, List.of());
  }

  /**
   * The DOWN target (found depth-first through the dependencies, deepest first) that explains
   * {@code target}'s failure, or empty when none of its dependencies is DOWN.
   */
  public Optional<String> rootCause(String target, Map<String, TargetState> own) {
    for (String d : of(target)) {
      Optional<String> deeper = rootCause(d, own);
      if (deeper.isPresent()) {
        return deeper;
      }
      if (own.get(d) == TargetState.DOWN) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
