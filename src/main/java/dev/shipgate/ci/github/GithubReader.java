package dev.shipgate.ci.github;

import dev.shipgate.ci.model.CiDocument;
import dev.shipgate.ci.model.CiJob;
import dev.shipgate.ci.model.CiKind;
import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.model.FailureSwitch;
import dev.shipgate.ci.model.Loc;
import dev.shipgate.ci.model.Matrix;
import dev.shipgate.ci.model.Scope;
import dev.shipgate.ci.model.Script;
import dev.shipgate.ci.model.ShellSettings;
import dev.shipgate.ci.yaml.Nodes;
import dev.shipgate.ci.yaml.ScalarText;
import dev.shipgate.ci.yaml.YamlFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a GitHub Actions workflow ({@code jobs:}) or composite action ({@code runs: using:
 * composite}) into jobs and steps: each step's script with its shell (step {@code shell:}, else the
 * job's then the workflow's {@code defaults.run.shell}, else the runner default), its {@code uses:}
 * and {@code with:}, {@code continue-on-error}, {@code if:} and {@code id}; each job's {@code
 * continue-on-error} and matrix. A job that calls a reusable workflow becomes a job with one step
 * named after the call. Unexpected shapes are skipped, never fatal.
 */
public final class GithubReader {
  private GithubReader() {}

  /** True when the document looks like a workflow ({@code jobs:}) or an action ({@code runs:}). */
  public static boolean recognises(Node root) {
    return Nodes.get(root, "jobs") != null || Nodes.get(root, "runs") != null;
  }

  public static CiDocument read(YamlFile file) {
    Node root = file.root();
    if (Nodes.get(root, "runs") != null && Nodes.get(root, "jobs") == null) {
      return readAction(file, root);
    }
    List<CiJob> jobs = new ArrayList<>();
    List<Scope> scopes = new ArrayList<>();
    String workflowShell = defaultShell(root);
    String workflowDir = defaultDirectory(root);
    for (Nodes.Entry e : Nodes.entries(Nodes.get(root, "jobs"))) {
      if (!Nodes.isMapping(e.value())) {
        continue;
      }
      CiJob job = readJob(file, e, workflowShell, workflowDir);
      jobs.add(job);
      scopes.add(job.scope());
      job.steps().forEach(s -> scopes.add(s.scope()));
    }
    return new CiDocument(file.path(), CiKind.GITHUB_WORKFLOW, jobs, scopes);
  }

  private static CiJob readJob(
      YamlFile file, Nodes.Entry e, String workflowShell, String workflowDir) {
    Node job = e.value();
    String jobDir = defaultDirectory(job);
    String dir = jobDir != null ? jobDir : workflowDir;
    Scope scope = new Scope(file.path(), Nodes.line(e.keyNode()), Nodes.endLine(job, file.lines()));
    String jobShell = defaultShell(job);
    String shell = jobShell != null ? jobShell : workflowShell;
    String runsOn = flatten(Nodes.get(job, "runs-on"));
    List<FailureSwitch> switches = new ArrayList<>();
    FailureSwitch coe = failureSwitch(file, job);
    if (coe != null) {
      switches.add(coe);
    }
    Matrix matrix = MatrixReader.read(Nodes.get(Nodes.get(job, "strategy"), "matrix"));
    List<CiStep> steps = new ArrayList<>();
    String calls = Nodes.text(job, "uses");
    if (calls != null) {
      String name = Nodes.text(job, "name");
      steps.add(
          new CiStep(
              (name == null ? e.key() : name) + " " + calls.replaceAll(".*/|@.*|\\.ya?ml", ""),
              "calls " + calls,
              scope,
              null,
              null,
              Map.of(),
              Map.of(),
              null,
              Nodes.text(job, "if"),
              null,
              null));
    } else {
      steps.addAll(
          readSteps(file, Nodes.get(job, "steps"), ShellSpec.of(shell, runsOn), runsOn, dir));
    }
    return new CiJob(
        e.key(),
        scope,
        switches,
        matrix,
        steps,
        null,
        needs(Nodes.get(job, "needs")),
        Nodes.text(job, "if"),
        scalars(Nodes.get(job, "outputs")));
  }

  private static List<String> needs(Node node) {
    List<String> out = new ArrayList<>();
    String one = Nodes.scalar(node);
    if (one != null) {
      out.add(one);
    }
    for (Node item : Nodes.items(node)) {
      String v = Nodes.scalar(item);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private static CiDocument readAction(YamlFile file, Node root) {
    Node runs = Nodes.get(root, "runs");
    if (!"composite".equalsIgnoreCase(String.valueOf(Nodes.text(runs, "using")))) {
      return new CiDocument(file.path(), CiKind.GITHUB_ACTION, List.of(), List.of());
    }
    String name = Nodes.text(root, "name");
    Scope scope = new Scope(file.path(), 1, Math.max(1, file.lines().size()));
    List<CiStep> steps =
        readSteps(file, Nodes.get(runs, "steps"), ShellSettings.GITHUB_DEFAULT, null, null);
    CiJob job =
        new CiJob(
            name == null ? "composite action" : name, scope, List.of(), Matrix.NONE, steps, null);
    List<Scope> scopes = new ArrayList<>();
    scopes.add(scope);
    steps.forEach(s -> scopes.add(s.scope()));
    return new CiDocument(file.path(), CiKind.GITHUB_ACTION, List.of(job), scopes);
  }

  private static List<CiStep> readSteps(
      YamlFile file, Node stepsNode, ShellSettings inherited, String runsOn, String inheritedDir) {
    List<Node> items = Nodes.items(stepsNode);
    List<CiStep> steps = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node step = items.get(i);
      if (!Nodes.isMapping(step)) {
        continue;
      }
      int start = Nodes.line(step);
      int end = Nodes.endLine(step, file.lines());
      if (i + 1 < items.size()) {
        int next = Nodes.line(items.get(i + 1));
        if (next > start) {
          end = Math.min(end, next - 1);
        }
      }
      Scope scope = new Scope(file.path(), start, Math.max(start, end));
      String stepShell = Nodes.text(step, "shell");
      ShellSettings shell = stepShell != null ? ShellSpec.of(stepShell, runsOn) : inherited;
      String dir = Nodes.text(step, "working-directory");
      steps.add(readStep(file, step, i, scope, shell, dir != null ? dir : inheritedDir));
    }
    return steps;
  }

  private static CiStep readStep(
      YamlFile file, Node step, int index, Scope scope, ShellSettings shell, String dir) {
    String name = Nodes.text(step, "name");
    String uses = Nodes.text(step, "uses");
    Node run = Nodes.get(step, "run");
    Script script = run instanceof ScalarNode s ? new Script(ScalarText.of(s, file), shell) : null;
    Map<String, String> with = scalars(Nodes.get(step, "with"));
    Map<String, String> env = scalars(Nodes.get(step, "env"));
    String label = name;
    if (label == null && uses != null) {
      label = uses;
    }
    if (label == null && script != null) {
      String first = script.text().text().strip().lines().findFirst().orElse("").strip();
      label = first.length() > 50 ? first.substring(0, 47) + "..." : first;
    }
    if (label == null || label.isBlank()) {
      label = "#" + (index + 1);
    }
    return new CiStep(
        name,
        label,
        scope,
        script,
        uses,
        with,
        env,
        failureSwitch(file, step),
        Nodes.text(step, "if"),
        Nodes.text(step, "id"),
        dir);
  }

  private static Map<String, String> scalars(Node mapping) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Nodes.Entry e : Nodes.entries(mapping)) {
      String v = Nodes.scalar(e.value());
      if (v != null) {
        out.put(e.key(), v);
      }
    }
    return out;
  }

  private static FailureSwitch failureSwitch(YamlFile file, Node node) {
    Nodes.Entry coe = Nodes.entry(node, "continue-on-error");
    if (coe == null) {
      return null;
    }
    String value = Nodes.scalar(coe.value());
    return new FailureSwitch(
        "continue-on-error",
        value == null ? "" : value,
        new Loc(file.path(), Nodes.line(coe.keyNode())));
  }

  private static String defaultShell(Node node) {
    return Nodes.text(Nodes.get(Nodes.get(node, "defaults"), "run"), "shell");
  }

  private static String defaultDirectory(Node node) {
    return Nodes.text(Nodes.get(Nodes.get(node, "defaults"), "run"), "working-directory");
  }

  private static String flatten(Node node) {
    String scalar = Nodes.scalar(node);
    if (scalar != null) {
      return scalar;
    }
    StringBuilder sb = new StringBuilder();
    for (Node item : Nodes.items(node)) {
      String v = Nodes.scalar(item);
      if (v != null) {
        sb.append(v).append(' ');
      }
    }
    for (Nodes.Entry e : Nodes.entries(node)) {
      sb.append(flatten(e.value())).append(' ');
    }
    return sb.toString().strip();
  }
}
