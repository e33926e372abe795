package dev.shipgate.ci.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A shell script as CI runs it, with the file and line every character came from, so findings in a
 * script point at the line a user edits. GitLab scripts are several YAML items (possibly from
 * several files) joined with newlines.
 */
public final class ScriptText {
  private final String text;
  private final int[] lines;
  private final Path[] files;

  public ScriptText(String text, int[] lines, Path[] files) {
    if (lines.length != text.length() + 1 || files.length != text.length() + 1) {
      throw new IllegalArgumentException("one position per character, plus the end");
    }
    this.text = text;
    this.lines = lines.clone();
    this.files = files.clone();
  }

  /** Text whose every character sits on one line. */
  public static ScriptText onOneLine(String text, Path file, int line) {
    int[] lines = new int[text.length() + 1];
    Arrays.fill(lines, line);
    Path[] files = new Path[text.length() + 1];
    Arrays.fill(files, file);
    return new ScriptText(text, lines, files);
  }

  /** Joins parts with a newline between them, keeping each part's positions. */
  public static ScriptText join(List<ScriptText> parts) {
    StringBuilder sb = new StringBuilder();
    List<Integer> lines = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      ScriptText part = parts.get(p);
      sb.append(part.text);
      for (int i = 0; i < part.text.length(); i++) {
        lines.add(part.lines[i]);
        files.add(part.files[i]);
      }
      int endLine = part.lines[part.text.length()];
      Path endFile = part.files[part.text.length()];
      if (p < parts.size() - 1) {
        sb.append('\n');
      }
      lines.add(endLine);
      files.add(endFile);
    }
    if (parts.isEmpty()) {
      return new ScriptText("", new int[] {0}, new Path[] {null});
    }
    return new ScriptText(
        sb.toString(),
        lines.stream().mapToInt(Integer::intValue).toArray(),
        files.toArray(Path[]::new));
  }

  public String text() {
    return text;
  }

  public boolean isBlank() {
    return text.isBlank();
  }

  /** Where the character at {@code offset} came from (offsets past the end map to the end). */
  public Loc locAt(int offset) {
    int i = Math.max(0, Math.min(offset, text.length()));
    return new Loc(files[i], lines[i]);
  }
}
