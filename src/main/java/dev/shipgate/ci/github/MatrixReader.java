package dev.shipgate.ci.github;

import dev.shipgate.ci.model.Matrix;
import dev.shipgate.ci.yaml.Nodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code strategy.matrix}: values per key, {@code include} and {@code exclude} entries, and
 * whether it is computed.
 */
final class MatrixReader {
  private MatrixReader() {}

  static Matrix read(Node matrix) {
    if (matrix == null) {
      return Matrix.NONE;
    }
    if (!Nodes.isMapping(matrix)) {
      return new Matrix(Map.of(), List.of(), true);
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<Map<String, String>> includes = new ArrayList<>();
    List<Map<String, String>> excludes = new ArrayList<>();
    boolean dynamic = false;
    for (Nodes.Entry e : Nodes.entries(matrix)) {
      switch (e.key()) {
        case "exclude" -> {
          for (Node item : Nodes.items(e.value())) {
            excludes.add(scalars(item));
          }
        }
        case "include" -> {
          if (Nodes.scalar(e.value()) != null) {
            dynamic = true;
          }
          for (Node item : Nodes.items(e.value())) {
            includes.add(scalars(item));
          }
        }
        default -> {
          String scalar = Nodes.scalar(e.value());
          if (scalar != null) {
            dynamic |= scalar.contains("${{");
            values.put(e.key(), List.of(scalar));
          } else {
            List<String> list = new ArrayList<>();
            for (Node item : Nodes.items(e.value())) {
              String v = Nodes.scalar(item);
              dynamic |= v != null && v.contains("${{");
              list.add(v == null ? "(object)" : v);
            }
            values.put(e.key(), list);
          }
        }
      }
    }
    return new Matrix(values, includes, excludes, dynamic);
  }

  private static Map<String, String> scalars(Node mapping) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Nodes.Entry e : Nodes.entries(mapping)) {
      String v = Nodes.scalar(e.value());
      out.put(e.key(), v == null ? "(object)" : v);
    }
    return out;
  }
}
