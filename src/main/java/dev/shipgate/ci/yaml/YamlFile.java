package dev.shipgate.ci.yaml;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A CI file composed into SnakeYAML nodes, which keep the start and end position of every value
 * (Jackson's tree drops them). Nodes are composed, not constructed: anchors and aliases share one
 * node (whose marks are the anchor's), merge keys stay visible ({@link Nodes} applies them), and
 * custom tags such as GitLab's {@code !reference} do not fail. Alias expansion is capped, so a
 * "billion laughs" file is rejected instead of exhausting memory.
 */
public final class YamlFile {
  private static final int MAX_ALIASES = 200;
  private static final int MAX_NESTING = 200;
  private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  private final Path path;
  private final List<String> lines;
  private final List<Node> documents;

  private YamlFile(Path path, List<String> lines, List<Node> documents) {
    this.path = path;
    this.lines = lines;
    this.documents = documents;
  }

  /** Parses every document of {@code text}; a syntax error is a {@link YamlProblem}. */
  public static YamlFile parse(Path path, String text) throws YamlProblem {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true);
    List<Node> docs = new ArrayList<>();
    try {
      for (Node n : new Yaml(options).composeAll(new StringReader(text))) {
        if (n != null) {
          docs.add(n);
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = String.valueOf(e.getProblem());
      if (e.getContextMark() != null && problem.contains("end of stream")) {
        mark = e.getContextMark(); // an unclosed quote or bracket: point at where it opened
      }
      int line = mark == null ? 1 : mark.getLine() + 1;
      throw new YamlProblem(line, describe(e));
    } catch (YAMLException e) {
      throw new YamlProblem(1, firstLine(e.getMessage()));
    }
    return new YamlFile(path, List.of(text.split("\\R", -1)), List.copyOf(docs));
  }

  private static String describe(MarkedYAMLException e) {
    String context = e.getContext() == null ? "" : e.getContext() + ": ";
    String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
    return context + problem;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable YAML";
    }
    return s.lines().findFirst().orElse(s).strip();
  }

  public Path path() {
    return path;
  }

  /** The file's lines, 0-based (line N of a message is {@code lines().get(N - 1)}). */
  public List<String> lines() {
    return lines;
  }

  public List<Node> documents() {
    return documents;
  }

  /** The first document, or null for an empty file. */
  public Node root() {
    return documents.isEmpty() ? null : documents.get(0);
  }
}
