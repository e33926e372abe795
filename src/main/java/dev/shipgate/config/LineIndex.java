package dev.shipgate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line of every key and list item in a YAML document, keyed by its path (field names and list
 * indexes), plus each scalar as written. Jackson's tree model drops locations, so this walks the
 * token stream once.
 */
final class LineIndex {
  static final LineIndex EMPTY = new LineIndex(Map.of(), Map.of());

  private final Map<List<Object>, Integer> lines;
  private final Map<List<Object>, String> rawScalars;

  private LineIndex(Map<List<Object>, Integer> lines, Map<List<Object>, String> rawScalars) {
    this.lines = lines;
    this.rawScalars = rawScalars;
  }

  static LineIndex of(YAMLFactory factory, String yaml) throws IOException {
    Map<List<Object>, Integer> lines = new HashMap<>();
    Map<List<Object>, String> raw = new HashMap<>();
    Deque<int[]> containers = new ArrayDeque<>(); // {isArray, lastIndex} per open container
    List<Object> path = new ArrayList<>(); // one segment per open container, set by its children
    try (JsonParser p = factory.createParser(yaml)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.FIELD_NAME) {
          path.set(path.size() - 1, p.currentName());
          lines.put(List.copyOf(path), line);
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          containers.pop();
          path.remove(path.size() - 1);
          continue;
        }
        int[] top = containers.peek();
        if (top != null && top[0] == 1) {
          path.set(path.size() - 1, ++top[1]);
          lines.putIfAbsent(List.copyOf(path), line);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          containers.push(new int[] {t == JsonToken.START_ARRAY ? 1 : 0, -1});
          path.add("");
        } else {
          raw.put(List.copyOf(path), p.getText());
        }
      }
    }
    return new LineIndex(lines, raw);
  }

  /** The line of the deepest known prefix of {@code path}, or 0. */
  int lineOf(List<Object> path) {
    for (int n = path.size(); n > 0; n--) {
      Integer line = lines.get(path.subList(0, n));
      if (line != null) {
        return line;
      }
    }
    return 0;
  }

  /** The scalar exactly as written (before `${VAR}` expansion), or null. */
  String rawScalar(List<Object> path) {
    return rawScalars.get(path);
  }
}
