package dev.shipgate.ci.classify;

import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.shell.Cmd;
import dev.shipgate.ci.shell.ShellProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a step does, from the strongest evidence available: its commands, then the action it uses (a
 * local composite action is read and its steps classified), and only when those are unknown, its
 * name. A step whose commands are all known setup ({@code npm ci}, {@code echo}) stays neutral
 * whatever its name says, so "Test connection" running {@code curl} is not a test run.
 */
public final class StepClassifier {
  private static final int MAX_DEPTH = 3;

  private final Function<String, List<CiStep>> localActions;

  /**
   * @param localActions steps of a local action ({@code uses: ./path}), empty when unknown
   */
  public StepClassifier(Function<String, List<CiStep>> localActions) {
    this.localActions = localActions;
  }

  public Classification classify(CiStep step) {
    return classify(step, 0);
  }

  private Classification classify(CiStep step, int depth) {
    List<Classification> parts = new ArrayList<>();
    if (step.script() != null && !step.script().text().isBlank()) {
      for (Cmd c : ShellProgram.parse(step.script().text().text()).commands()) {
        parts.add(CommandClassifier.classify(c));
      }
    }
    if (step.uses() != null) {
      parts.add(uses(step, depth));
    }
    Classification combined =
        parts.isEmpty() ? Classification.UNKNOWN : Classification.combine(parts);
    if (combined.purpose() == Purpose.UNKNOWN && step.name() != null) {
      Purpose byName = TaskNames.ofLabel(step.name());
      if (byName != Purpose.UNKNOWN) {
        return new Classification(byName, "its name \"" + step.name() + "\"");
      }
    }
    return combined;
  }

  private Classification uses(CiStep step, int depth) {
    String uses = step.uses();
    if (uses.startsWith("docker://")) {
      return new Classification(Purpose.UNKNOWN, "uses: " + uses);
    }
    if (!uses.startsWith("./")) {
      return ActionCatalog.classify(uses, step.with());
    }
    List<CiStep> inner = depth < MAX_DEPTH ? localActions.apply(uses) : List.of();
    if (inner.isEmpty()) {
      String last = uses.replaceAll("/+$", "");
      last = last.substring(last.lastIndexOf('/') + 1);
      return new Classification(TaskNames.ofTask(last), "uses: " + uses);
    }
    List<Classification> parts = new ArrayList<>();
    for (CiStep s : inner) {
      Classification c = classify(s, depth + 1);
      parts.add(new Classification(c.purpose(), "uses: " + uses + " (" + describe(s, c) + ")"));
    }
    return Classification.combine(parts);
  }

  private static String describe(CiStep s, Classification c) {
    String what = c.evidence() == null ? s.label() : c.evidence();
    return "step '" + s.label() + "': " + what;
  }
}
