package dev.shipgate.ci.yaml;

import dev.shipgate.ci.model.ScriptText;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns a scalar ({@code run: |}, a GitLab script item) into {@link ScriptText} that knows the file
 * line of each character. A literal block keeps its lines one to one (content starts on the line
 * after the {@code |}); folded, plain and quoted scalars join lines, so their words are found again
 * in the file, in order.
 */
public final class ScalarText {
  private ScalarText() {}

  public static ScriptText of(ScalarNode node, YamlFile file) {
    String value = node.getValue();
    int start = node.getStartMark().getLine();
    Path path = file.path();
    int[] lines = new int[value.length() + 1];
    Path[] files = new Path[value.length() + 1];
    Arrays.fill(files, path);
    if (node.getScalarStyle() == ScalarStyle.LITERAL) {
      int line = start + 2;
      for (int i = 0; i < value.length(); i++) {
        lines[i] = line;
        if (value.charAt(i) == '\n') {
          line++;
        }
      }
      lines[value.length()] = line;
      return new ScriptText(value, lines, files);
    }
    int end = Math.min(node.getEndMark().getLine(), file.lines().size() - 1);
    if (start >= end) {
      Arrays.fill(lines, start + 1);
      return new ScriptText(value, lines, files);
    }
    matchWords(value, file.lines(), start, node.getStartMark().getColumn(), end, lines);
    return new ScriptText(value, lines, files);
  }

  private static void matchWords(
      String value, List<String> fileLines, int start, int startColumn, int end, int[] lines) {
    int cursor = 0;
    for (int l = start; l <= end && l < fileLines.size(); l++) {
      String raw = fileLines.get(l);
      String part = l == start ? raw.substring(Math.min(startColumn, raw.length())) : raw;
      for (String word : part.strip().split("\\s+")) {
        String w = stripQuotes(word);
        if (w.isEmpty()) {
          continue;
        }
        int pos = value.indexOf(w, cursor);
        if (pos < 0 && w.indexOf('\\') >= 0) {
          w = w.replace("\\", "");
          pos = w.isEmpty() ? -1 : value.indexOf(w, cursor);
        }
        if (pos < 0) {
          continue;
        }
        for (int k = cursor; k < pos + w.length(); k++) {
          if (lines[k] == 0) {
            lines[k] = l + 1;
          }
        }
        cursor = pos + w.length();
      }
    }
    int previous = start + 1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i] == 0) {
        lines[i] = previous;
      }
      previous = lines[i];
    }
  }

  private static String stripQuotes(String word) {
    String w = word;
    while (!w.isEmpty() && (w.charAt(0) == '"' || w.charAt(0) == '\'')) {
      w = w.substring(1);
    }
    while (!w.isEmpty() && (w.endsWith("\"") || w.endsWith("'"))) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
