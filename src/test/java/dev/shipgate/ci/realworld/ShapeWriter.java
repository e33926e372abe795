package dev.shipgate.ci.realworld;

import dev.shipgate.ci.yaml.Nodes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes the shape of a CI file: the YAML structure {@code lint ci} reads, every kept key on the
 * line it had in the original (so findings have the same line in the shape and the original), with
 * scripts reduced by {@link ScriptShape} and other values by {@link #scalar}. Keys the lint does
 * not read are dropped (their lines stay blank), comments go, anchors and aliases are kept. A node
 * that sat on one line is written in flow style on that line.
 */
final class ShapeWriter {
  /** Keys kept anywhere in a GitHub workflow or action (values reduced). */
  private static final Set<String> GITHUB_KEYS =
      Set.of(
          "on",
          "jobs",
          "needs",
          "if",
          "strategy",
          "matrix",
          "include",
          "exclude",
          "continue-on-error",
          "steps",
          "id",
          "name",
          "uses",
          "with",
          "run",
          "shell",
          "env",
          "outputs",
          "defaults",
          "working-directory",
          "runs",
          "using",
          "runs-on",
          "<<");

  /** Keys kept in GitLab CI files. */
  private static final Set<String> GITLAB_KEYS =
      Set.of(
          "stages",
          "stage",
          "script",
          "before_script",
          "after_script",
          "extends",
          "rules",
          "if",
          "when",
          "allow_failure",
          "exit_codes",
          "include",
          "local",
          "file",
          "project",
          "remote",
          "template",
          "component",
          "default",
          "inherit",
          "needs",
          "job",
          "spec",
          "inputs",
          "<<");

  /** Values under these keys are shell scripts. */
  private static final Set<String> SCRIPT_KEYS =
      Set.of(
          "run",
          "script",
          "before_script",
          "after_script",
          "command",
          "commands",
          "cmd",
          "args",
          "arguments",
          "inlineScript",
          "inlinescript",
          "publish");

  /** Values under these keys are kept as written, string literals with spaces aside. */
  private static final Set<String> VERBATIM =
      Set.of(
          "if",
          "continue-on-error",
          "allow_failure",
          "when",
          "runs-on",
          "shell",
          "uses",
          "working-directory",
          "id",
          "stage",
          "stages",
          "extends",
          "needs",
          "using",
          "local",
          "job",
          "exit_codes",
          "file",
          "project",
          "template",
          "component");

  private static final Pattern LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");

  /** Keys whose children are free-form names (jobs, matrix keys, env names, inputs, outputs). */
  private static final Set<String> OPEN_KEYS =
      Set.of("jobs", "matrix", "env", "with", "outputs", "on", "inputs", "include", "exclude");

  private static final Pattern NUMBERISH = Pattern.compile("[0-9][0-9.]*");

  private final List<String> original;
  private final String[] out;
  private final boolean gitlab;
  private final Map<Node, String> anchors = new IdentityHashMap<>();
  private int anchorCount;

  private ShapeWriter(List<String> original, boolean gitlab) {
    this.original = original;
    this.out = new String[original.size()];
    this.gitlab = gitlab;
  }

  /** The shape of one document list; {@code gitlab} selects the keys kept. */
  static String write(List<String> lines, List<Node> documents, boolean gitlab) {
    ShapeWriter w = new ShapeWriter(lines, gitlab);
    for (int d = 0; d < documents.size(); d++) {
      Node doc = documents.get(d);
      int line = doc.getStartMark().getLine();
      if (d > 0) {
        w.place(Math.max(0, line - 1), "---");
      }
      w.topLevel(doc);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.out.length; i++) {
      if (w.out[i] != null) {
        sb.append(w.out[i].stripTrailing());
      }
      sb.append('\n');
    }
    String text = sb.toString();
    while (text.endsWith("\n\n")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  private void topLevel(Node doc) {
    if (doc instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        String key = Nodes.scalar(t.getKeyNode());
        if (key != null && keepTop(key, t.getValueNode())) {
          entry(t, 0, key, true);
        }
      }
    }
  }

  private boolean keepTop(String key, Node value) {
    if (!gitlab) {
      return GITHUB_KEYS.contains(key);
    }
    return GITLAB_KEYS.contains(key)
        || Set.of("workflow", "variables", "image", "services", "cache").stream()
                .noneMatch(key::equals)
            && value instanceof MappingNode;
  }

  private boolean keep(String key, boolean open) {
    return open || (gitlab ? GITLAB_KEYS : GITHUB_KEYS).contains(key);
  }

  /** A mapping entry at {@code indent}; {@code open} when the key is a free-form name. */
  private void entry(NodeTuple t, int indent, String key, boolean open) {
    Node v = t.getValueNode();
    int line = t.getKeyNode().getStartMark().getLine();
    String head = " ".repeat(indent) + keyText(key) + ":";
    value(head, line, v, indent, key, OPEN_KEYS.contains(key));
  }

  /**
   * Writes {@code head} (a key or a dash) followed by {@code v}: inline on {@code line} when the
   * value is a scalar, an alias or a one-line collection; else the children on their own lines.
   */
  private void value(String head, int line, Node v, int indent, String key, boolean openChildren) {
    if (anchors.containsKey(v)) {
      place(line, head + " *" + anchors.get(v));
      return;
    }
    int start = v.getStartMark().getLine();
    int end = v.getEndMark().getLine();
    if (v instanceof ScalarNode s) {
      boolean blockStyle =
          s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED;
      if (blockStyle && start >= line) {
        block(head + anchor(v) + tag(v), line, s, indent, key);
      } else {
        place(line, head + " " + flow(v, key, openChildren));
      }
      return;
    }
    boolean flow =
        v instanceof MappingNode m && m.getFlowStyle() == FlowStyle.FLOW
            || v instanceof SequenceNode q && q.getFlowStyle() == FlowStyle.FLOW;
    if (flow || start == end || isEmpty(v) || start < line) {
      place(line, head + " " + flow(v, key, openChildren));
      return;
    }
    place(line, head + anchor(v) + tag(v));
    children(v, indent + 2, key, openChildren);
  }

  /** Registers the node's anchor on first use: {@code " &aN"}, or empty. */
  private String anchor(Node v) {
    if (v.getAnchor() == null || anchors.containsKey(v)) {
      return "";
    }
    String a = "a" + (++anchorCount);
    anchors.put(v, a);
    return " &" + a;
  }

  private void children(Node v, int indent, String key, boolean open) {
    if (v instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        String k = Nodes.scalar(t.getKeyNode());
        if (k != null && keep(k, open)) {
          entry(t, indent, k, false);
        }
      }
    } else if (v instanceof SequenceNode seq) {
      int previous = v.getStartMark().getLine() - 1;
      List<Node> items = seq.getValue();
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        int line = item.getStartMark().getLine();
        if (anchors.containsKey(item) || line <= previous) {
          line = aliasLine(item, previous, items, i);
        }
        item(item, line, indent, key, open);
        previous = line;
      }
    }
  }

  /**
   * The line of an alias item ({@code - *name}): composed YAML keeps only the anchored node's
   * position, so the alias is found in the text after the previous item.
   */
  private int aliasLine(Node item, int previous, List<Node> items, int i) {
    Pattern alias =
        Pattern.compile("^\\s*-\\s*\\*" + Pattern.quote(String.valueOf(item.getAnchor())) + "\\b");
    for (int l = previous + 1; l < original.size(); l++) {
      if (alias.matcher(original.get(l)).find()) {
        return l;
      }
    }
    throw new IllegalStateException(
        "alias *" + item.getAnchor() + " not found after line " + (previous + 1));
  }

  /** A sequence item: {@code - } and the item, whose first key shares the dash's line. */
  private void item(Node item, int line, int indent, String key, boolean open) {
    String dash = " ".repeat(indent) + "-";
    if (item instanceof MappingNode map
        && map.getFlowStyle() != FlowStyle.FLOW
        && !anchors.containsKey(item)
        && item.getAnchor() == null
        && item.getStartMark().getLine() != item.getEndMark().getLine()) {
      boolean first = true;
      for (NodeTuple t : map.getValue()) {
        String k = Nodes.scalar(t.getKeyNode());
        if (k == null || !keep(k, open || isItemOpen(key))) {
          continue;
        }
        int kl = t.getKeyNode().getStartMark().getLine();
        if (first && kl == line) {
          String head = dash + " " + keyText(k) + ":";
          value(head, kl, t.getValueNode(), indent + 2, k, OPEN_KEYS.contains(k));
        } else {
          if (first) {
            place(line, dash);
          }
          entry(t, indent + 2, k, false);
        }
        first = false;
      }
      if (first) {
        place(line, dash + " {}");
      }
      return;
    }
    value(dash, line, item, indent, key, open);
  }

  /** Matrix include/exclude entries and similar lists of free-form mappings. */
  private static boolean isItemOpen(String key) {
    return Set.of("include", "exclude").contains(key);
  }

  private void block(String head, int line, ScalarNode s, int indent, String key) {
    String value = s.getValue();
    boolean script = SCRIPT_KEYS.contains(key) || key == null;
    String text =
        script
            ? ScriptShape.of(value)
            : VERBATIM.contains(key) || value.contains("${{")
                ? verbatimLines(value)
                : freeText(value);
    String chomp = value.endsWith("\n") ? "" : "-";
    if (value.endsWith("\n\n")) {
      chomp = "+";
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    String[] lines = body.split("\n", -1);
    int min = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        min = Math.min(min, l.length() - l.stripLeading().length());
      }
    }
    boolean firstIndented = false;
    for (String l : lines) {
      if (!l.isBlank()) {
        firstIndented = l.length() - l.stripLeading().length() > 0;
        break;
      }
    }
    String style = s.getScalarStyle() == ScalarStyle.LITERAL ? "|" : ">";
    place(line, head + " " + style + chomp);
    String pad = " ".repeat(indent + 2);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (firstIndented) {
        l = l.stripLeading();
      } else if (min != Integer.MAX_VALUE && !l.isBlank()) {
        l = l.substring(Math.min(min, l.length() - l.stripLeading().length()));
      }
      place(line + 1 + i, l.isBlank() ? "" : pad + l);
    }
  }

  /** A one-line flow rendering of a collection (or scalar). */
  private String flow(Node v, String key, boolean open) {
    if (anchors.containsKey(v)) {
      return "*" + anchors.get(v);
    }
    String prefix = (anchor(v) + tag(v)).strip();
    prefix = prefix.isEmpty() ? "" : prefix + " ";
    if (v instanceof ScalarNode s) {
      return prefix + scalarText(s, key);
    }
    List<String> parts = new ArrayList<>();
    if (v instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        String k = Nodes.scalar(t.getKeyNode());
        if (k != null && keep(k, open || isItemOpen(key))) {
          parts.add(keyText(k) + ": " + flow(t.getValueNode(), k, OPEN_KEYS.contains(k)));
        }
      }
      return prefix + "{" + String.join(", ", parts) + "}";
    }
    if (v instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        parts.add(flow(item, key, open));
      }
      return prefix + "[" + String.join(", ", parts) + "]";
    }
    return "null";
  }

  private static boolean isEmpty(Node v) {
    return v instanceof MappingNode m && m.getValue().isEmpty()
        || v instanceof SequenceNode s && s.getValue().isEmpty();
  }

  private static String tag(Node v) {
    Tag t = v.getTag();
    if (t.getValue().startsWith("!") && !t.getValue().startsWith("!!")) {
      return " " + t.getValue();
    }
    return "";
  }

  /** A scalar value: a one-line script shape, an expression, or a reduced plain value. */
  private String scalarText(ScalarNode s, String key) {
    String v = s.getValue();
    String reduced;
    if (SCRIPT_KEYS.contains(key) || key == null && gitlab) {
      reduced = ScriptShape.of(v).replace("\n", "; ").replaceAll("(;\\s*)+$", "");
    } else if ("name".equals(key)) {
      reduced = name(v);
    } else if (VERBATIM.contains(key)) {
      reduced = verbatim(v);
    } else {
      reduced = scalar(v);
    }
    if (s.getScalarStyle() == ScalarStyle.PLAIN && plainOk(reduced, v)) {
      return reduced;
    }
    return "'" + reduced.replace("'", "''") + "'";
  }

  /** True when {@code reduced} can stay a plain scalar, as the original was. */
  private static boolean plainOk(String reduced, String original) {
    if (reduced.isEmpty() || !reduced.equals(reduced.strip()) || reduced.contains("\t")) {
      return false;
    }
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(reduced.charAt(0)) >= 0
        && !(reduced.startsWith("-") && reduced.length() > 1 && reduced.charAt(1) != ' ')) {
      return false;
    }
    if (reduced.contains(": ") || reduced.contains(" #") || reduced.endsWith(":")) {
      return false;
    }
    boolean wasText = !original.matches("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9._]*");
    return !wasText || !reduced.matches("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9._]*");
  }

  /**
   * A value other than a script: kept when it is a name, version, path, boolean or expression; URLs
   * become {@code https://URL/x}; free text becomes {@code text}.
   */
  static String scalar(String v) {
    String s = v.strip();
    if (s.contains("${{") || s.length() <= 80 && !s.contains(" ") && !s.contains("\n")) {
      if (s.contains("://") && !s.contains("${{")) {
        return ScriptShape.word(s, null, null, false);
      }
      return s.contains("\n") ? s.replace("\n", " ") : s;
    }
    if (NUMBERISH.matcher(s).matches()) {
      return s;
    }
    return "text";
  }

  /** A step or job name: its words and expressions (the lint reads names), nothing else. */
  static String name(String v) {
    List<String> words = new ArrayList<>();
    var m = Pattern.compile("\\$\\{\\{[^}]*}}|[\\w.+#/-]+").matcher(v);
    while (m.find() && words.size() < 10) {
      String w = m.group();
      words.add(w.contains("://") ? "URL" : w.startsWith("${{") ? verbatim(w) : w);
    }
    return words.isEmpty() ? "text" : String.join(" ", words);
  }

  /** A condition or setting: as written, with quoted literals that hold spaces replaced. */
  static String verbatim(String v) {
    String one = v.strip().replaceAll("\\s*\\n\\s*", " ");
    StringBuilder sb = new StringBuilder();
    var m = LITERAL.matcher(one);
    int last = 0;
    while (m.find()) {
      sb.append(one, last, m.start());
      String lit = m.group();
      char q = lit.charAt(0);
      boolean free = lit.contains(" ") || lit.contains("://") || lit.length() > 60;
      sb.append(free ? q + "text" + q : lit);
      last = m.end();
    }
    sb.append(one.substring(last));
    return sb.toString();
  }

  private static String verbatimLines(String v) {
    List<String> out = new ArrayList<>();
    for (String l : v.split("\n", -1)) {
      String indent = l.substring(0, l.length() - l.stripLeading().length());
      out.add(l.isBlank() ? "" : indent + verbatim(l));
    }
    return String.join("\n", out);
  }

  private static String freeText(String v) {
    List<String> out = new ArrayList<>();
    for (String l : v.split("\n", -1)) {
      String indent = l.substring(0, l.length() - l.stripLeading().length());
      out.add(l.isBlank() ? "" : indent + scalar(l));
    }
    return String.join("\n", out);
  }

  private static String keyText(String key) {
    return key.matches("[\\w.<$-][\\w ./<{}$-]*") && !key.contains(": ")
        ? key
        : "'" + key.replace("'", "''") + "'";
  }

  private void place(int line, String text) {
    if (line < 0 || line >= out.length) {
      throw new IllegalStateException("line " + (line + 1) + " outside the file");
    }
    if (out[line] != null) {
      throw new IllegalStateException(
          "line "
              + (line + 1)
              + " already holds `"
              + out[line]
              + "`, cannot also hold `"
              + text
              + "`");
    }
    out[line] = text;
  }
}
