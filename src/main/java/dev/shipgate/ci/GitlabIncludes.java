package dev.shipgate.ci;

import dev.shipgate.ci.yaml.Nodes;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The local files a GitLab pipeline includes: {@code include: path}, lists of paths, and {@code
 * {local: path}} entries. Remote URLs, project files, templates and components are skipped (they
 * are not in the repository).
 */
final class GitlabIncludes {
  private GitlabIncludes() {}

  static List<String> localPaths(Node config) {
    List<String> out = new ArrayList<>();
    collect(Nodes.get(config, "include"), out);
    return out;
  }

  private static void collect(Node include, List<String> out) {
    if (include == null) {
      return;
    }
    String scalar = Nodes.scalar(include);
    if (scalar != null) {
      if (!scalar.contains("://") && !scalar.contains("$") && !scalar.isBlank()) {
        out.add(scalar.strip());
      }
      return;
    }
    String local = Nodes.text(include, "local");
    if (local != null && !local.contains("$")) {
      out.add(local.strip());
    }
    for (Node item : Nodes.items(include)) {
      collect(item, out);
    }
  }
}
