package dev.shipgate.ci.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reading composed YAML nodes: mapping entries with merge keys ({@code <<: *defaults}) applied the
 * way YAML 1.1 defines them (explicit keys win, earlier merged maps win over later ones), scalars,
 * sequence items and 1-based lines. Every method accepts any node (or null) and answers "absent"
 * rather than failing, so a workflow of an unexpected shape never crashes the lint.
 */
public final class Nodes {
  private static final int MAX_MERGE_DEPTH = 20;

  /** One key of a mapping: the key as text, the key node (for its line) and the value. */
  public record Entry(String key, Node keyNode, Node value) {}

  private Nodes() {}

  public static List<Entry> entries(Node node) {
    List<Entry> out = new ArrayList<>();
    collect(node, out, new HashSet<>(), 0);
    return out;
  }

  private static void collect(Node node, List<Entry> out, Set<String> seen, int depth) {
    if (!(node instanceof MappingNode map) || depth > MAX_MERGE_DEPTH) {
      return;
    }
    List<Node> merges = new ArrayList<>();
    for (NodeTuple t : map.getValue()) {
      String key = scalar(t.getKeyNode());
      if (key == null) {
        continue;
      }
      if (key.equals("<<") && t.getKeyNode() instanceof ScalarNode) {
        merges.add(t.getValueNode());
      } else if (seen.add(key)) {
        out.add(new Entry(key, t.getKeyNode(), t.getValueNode()));
      }
    }
    for (Node m : merges) {
      if (m instanceof SequenceNode seq) {
        for (Node item : seq.getValue()) {
          collect(item, out, seen, depth + 1);
        }
      } else {
        collect(m, out, seen, depth + 1);
      }
    }
  }

  /** The value under {@code key} (merge keys applied), or null. */
  public static Node get(Node node, String key) {
    for (Entry e : entries(node)) {
      if (e.key().equals(key)) {
        return e.value();
      }
    }
    return null;
  }

  /** The entry under {@code key} (for the key's own line), or null. */
  public static Entry entry(Node node, String key) {
    for (Entry e : entries(node)) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** The scalar's text, or null when the node is absent or not a scalar. */
  public static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  /** The scalar text under {@code key}, or null. */
  public static String text(Node node, String key) {
    return scalar(get(node, key));
  }

  public static List<Node> items(Node node) {
    return node instanceof SequenceNode seq ? seq.getValue() : List.of();
  }

  public static boolean isMapping(Node node) {
    return node instanceof MappingNode;
  }

  /** 1-based line where the node starts. */
  public static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  /**
   * 1-based last line of the node's own text. A block collection's end mark sits where the next
   * token starts, so when only indentation precedes the mark the node ended on an earlier line;
   * trailing blank lines are not part of it.
   */
  public static int endLine(Node node, List<String> lines) {
    int start = node.getStartMark().getLine();
    int l = node.getEndMark().getLine();
    int c = node.getEndMark().getColumn();
    int last;
    if (l >= lines.size()) {
      last = lines.size() - 1;
    } else {
      String text = lines.get(l);
      boolean onlyIndent = text.substring(0, Math.min(c, text.length())).isBlank();
      last = onlyIndent ? l - 1 : l;
    }
    while (last > start && last < lines.size() && lines.get(last).isBlank()) {
      last--;
    }
    return Math.max(start, last) + 1;
  }
}
