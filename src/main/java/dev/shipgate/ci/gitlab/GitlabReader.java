package dev.shipgate.ci.gitlab;

import dev.shipgate.ci.model.CiDocument;
import dev.shipgate.ci.model.CiJob;
import dev.shipgate.ci.model.CiKind;
import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.model.FailureSwitch;
import dev.shipgate.ci.model.Loc;
import dev.shipgate.ci.model.Matrix;
import dev.shipgate.ci.model.Scope;
import dev.shipgate.ci.model.Script;
import dev.shipgate.ci.model.ScriptText;
import dev.shipgate.ci.model.ShellSettings;
import dev.shipgate.ci.yaml.Nodes;
import dev.shipgate.ci.yaml.ScalarText;
import dev.shipgate.ci.yaml.YamlFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code .gitlab-ci.yml} (plus its local {@code include:} files) into jobs: {@code extends:}
 * chains and hidden templates resolved, {@code default:}/global {@code before_script} inherited
 * unless {@code inherit: default: false}, {@code !reference} tags and YAML anchors followed, and
 * nested script arrays flattened. Each job's script keeps the file and line of every item, so a
 * finding in a shared template points at the template. {@code allow_failure: true} on the job or on
 * one of its {@code rules} is a failure switch; {@code allow_failure: {exit_codes: ...}} is a
 * deliberate, narrow exception and is not. A script written in PowerShell (a Windows runner) is
 * marked as not POSIX shell, so the shell rules leave it alone.
 */
public final class GitlabReader {
  private static final Set<String> RESERVED =
      Set.of(
          "image",
          "services",
          "stages",
          "types",
          "before_script",
          "after_script",
          "variables",
          "cache",
          "include",
          "default",
          "workflow",
          "spec");
  private static final int MAX_DEPTH = 12;

  /**
   * PowerShell, as Windows runners run it: {@code $env:X}, {@code $LASTEXITCODE}, cmdlets such as
   * {@code Write-Host} or {@code New-Item}. Such scripts are not read as POSIX shell.
   */
  private static final java.util.regex.Pattern POWERSHELL =
      java.util.regex.Pattern.compile(
          "\\$env:[A-Za-z_]|\\$LASTEXITCODE|\\$(ErrorActionPreference|ProgressPreference)\\b"
              + "|\\b(Write-(Host|Output|Error)|(New|Remove|Set|Get|Test|Copy|Move)-"
              + "(Item|ItemProperty|Path|Content|Location|Variable|ChildItem|MpPreference|Service"
              + "|Process|ExecutionPolicy))\\b");

  /** A value and the file and key it was written under. */
  private record Located(Node node, YamlFile file, Node keyNode) {}

  private final Map<String, Located> definitions = new LinkedHashMap<>();
  private final YamlFile main;

  private GitlabReader(YamlFile main) {
    this.main = main;
  }

  /** Reads {@code main}; {@code includes} are its local includes, already parsed. */
  public static CiDocument read(YamlFile main, List<YamlFile> includes) {
    GitlabReader r = new GitlabReader(main);
    for (YamlFile f : includes) {
      r.define(f);
    }
    r.define(main);
    return r.build();
  }

  /**
   * The document holding the pipeline: the second one when the first is a component {@code spec:}.
   */
  public static Node config(YamlFile file) {
    List<Node> docs = file.documents();
    if (docs.size() > 1 && Nodes.get(docs.get(0), "spec") != null) {
      return docs.get(1);
    }
    return file.root();
  }

  private void define(YamlFile file) {
    for (Nodes.Entry e : Nodes.entries(config(file))) {
      definitions.put(e.key(), new Located(e.value(), file, e.keyNode()));
    }
  }

  private CiDocument build() {
    List<CiJob> jobs = new ArrayList<>();
    List<Scope> scopes = new ArrayList<>();
    for (Map.Entry<String, Located> d : definitions.entrySet()) {
      String name = d.getKey();
      Located def = d.getValue();
      if (RESERVED.contains(name) || !Nodes.isMapping(def.node())) {
        continue;
      }
      Scope scope =
          new Scope(
              def.file().path(),
              Nodes.line(def.keyNode()),
              Nodes.endLine(def.node(), def.file().lines()));
      scopes.add(scope);
      if (!name.startsWith(".")) {
        jobs.add(job(name, scope));
      }
    }
    return new CiDocument(main.path(), CiKind.GITLAB_CI, jobs, scopes);
  }

  private CiJob job(String name, Scope scope) {
    Map<String, Located> keys = resolve(name, 0);
    List<ScriptText> parts = new ArrayList<>();
    Located before = keys.get("before_script");
    if (before == null && inheritsDefault(keys)) {
      Located def = definitions.get("default");
      before = def == null ? null : located(def, "before_script");
      if (before == null) {
        before = definitions.get("before_script");
      }
    }
    if (before != null) {
      flatten(before.node(), before.file(), parts, 0);
    }
    Located script = keys.get("script");
    if (script != null) {
      flatten(script.node(), script.file(), parts, 0);
    }
    Script text = null;
    if (!parts.isEmpty()) {
      ScriptText joined = ScriptText.join(parts);
      boolean powershell = POWERSHELL.matcher(joined.text()).find();
      text = new Script(joined, powershell ? ShellSettings.NOT_SHELL : ShellSettings.GITLAB);
    }
    CiStep step =
        new CiStep(name, "script", scope, text, null, Map.of(), Map.of(), null, null, null, null);
    Located stage = keys.get("stage");
    return new CiJob(
        name,
        scope,
        switches(keys),
        Matrix.NONE,
        List.of(step),
        stage == null ? null : Nodes.scalar(stage.node()));
  }

  private List<FailureSwitch> switches(Map<String, Located> keys) {
    List<FailureSwitch> out = new ArrayList<>();
    String jobWhen = text(keys.get("when"));
    String jobAllow = text(keys.get("allow_failure"));
    Located rules = keys.get("rules");
    List<Node> ruleItems = rules == null ? List.of() : Nodes.items(rules.node());
    Located allow = keys.get("allow_failure");
    if (allow != null && jobAllow != null) {
      boolean blocks =
          ruleItems.stream()
              .anyMatch(r -> runs(r, jobWhen) && "false".equals(Nodes.text(r, "allow_failure")));
      out.add(
          new FailureSwitch(
              "allow_failure", jobAllow, loc(allow), "manual".equals(jobWhen), null, blocks));
    }
    for (Node rule : ruleItems) {
      Nodes.Entry e = Nodes.entry(rule, "allow_failure");
      if (e == null || Nodes.scalar(e.value()) == null) {
        continue;
      }
      String when = Nodes.text(rule, "when") != null ? Nodes.text(rule, "when") : jobWhen;
      boolean blocks =
          ruleItems.stream()
              .anyMatch(
                  r ->
                      r != rule
                          && runs(r, jobWhen)
                          && !"true".equals(allowOf(r, jobAllow))
                          && !"manual".equals(whenOf(r, jobWhen)));
      out.add(
          new FailureSwitch(
              "allow_failure",
              Nodes.scalar(e.value()),
              new Loc(rules.file().path(), Nodes.line(e.keyNode())),
              "manual".equals(when),
              Nodes.text(rule, "if"),
              blocks));
    }
    return out;
  }

  /** True when a rule, once it matches, runs the job (its {@code when} is not {@code never}). */
  private static boolean runs(Node rule, String jobWhen) {
    return !"never".equals(whenOf(rule, jobWhen));
  }

  private static String whenOf(Node rule, String jobWhen) {
    String w = Nodes.text(rule, "when");
    return w != null ? w : jobWhen;
  }

  private static String allowOf(Node rule, String jobAllow) {
    String a = Nodes.text(rule, "allow_failure");
    return a != null ? a : jobAllow;
  }

  private static String text(Located l) {
    return l == null ? null : Nodes.scalar(l.node());
  }

  private static Loc loc(Located l) {
    return new Loc(l.file().path(), Nodes.line(l.keyNode()));
  }

  private boolean inheritsDefault(Map<String, Located> keys) {
    Located inherit = keys.get("inherit");
    if (inherit == null) {
      return true;
    }
    Node def = Nodes.get(inherit.node(), "default");
    String v = Nodes.scalar(def);
    if ("false".equalsIgnoreCase(v)) {
      return false;
    }
    if (def instanceof SequenceNode) {
      return Nodes.items(def).stream().anyMatch(n -> "before_script".equals(Nodes.scalar(n)));
    }
    return true;
  }

  /** The job's keys after {@code extends:} (parents first, later parents and the job win). */
  private Map<String, Located> resolve(String name, int depth) {
    Map<String, Located> out = new LinkedHashMap<>();
    Located def = definitions.get(name);
    if (def == null || depth > MAX_DEPTH) {
      return out;
    }
    Node ext = Nodes.get(def.node(), "extends");
    List<String> parents = new ArrayList<>();
    if (Nodes.scalar(ext) != null) {
      parents.add(Nodes.scalar(ext));
    }
    for (Node p : Nodes.items(ext)) {
      if (Nodes.scalar(p) != null) {
        parents.add(Nodes.scalar(p));
      }
    }
    for (String p : parents) {
      out.putAll(resolve(p, depth + 1));
    }
    for (Nodes.Entry e : Nodes.entries(def.node())) {
      if (!e.key().equals("extends")) {
        out.put(e.key(), new Located(e.value(), def.file(), e.keyNode()));
      }
    }
    return out;
  }

  private static Located located(Located parent, String key) {
    Nodes.Entry e = Nodes.entry(parent.node(), key);
    return e == null ? null : new Located(e.value(), parent.file(), e.keyNode());
  }

  private void flatten(Node node, YamlFile file, List<ScriptText> out, int depth) {
    if (depth > MAX_DEPTH || node == null) {
      return;
    }
    if (node instanceof ScalarNode s) {
      out.add(ScalarText.of(s, file));
      return;
    }
    if (node instanceof SequenceNode seq) {
      if (seq.getTag().getValue().equals("!reference")) {
        Located target = reference(seq);
        if (target != null) {
          flatten(target.node(), target.file(), out, depth + 1);
        }
        return;
      }
      for (Node item : seq.getValue()) {
        flatten(item, file, out, depth + 1);
      }
    }
  }

  /** {@code !reference [.job, key, ...]}: the node it names, or null. */
  private Located reference(SequenceNode ref) {
    List<Node> path = ref.getValue();
    if (path.isEmpty() || Nodes.scalar(path.get(0)) == null) {
      return null;
    }
    Map<String, Located> keys = resolve(Nodes.scalar(path.get(0)), 0);
    if (path.size() < 2) {
      return null;
    }
    Located at = keys.get(Nodes.scalar(path.get(1)));
    for (int i = 2; at != null && i < path.size(); i++) {
      at = located(at, String.valueOf(Nodes.scalar(path.get(i))));
    }
    return at;
  }
}
