package dev.shipgate.ci.classify;

import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.shell.Cmd;
import dev.shipgate.ci.shell.ParsedScripts;
import dev.shipgate.ci.shell.ShellProgram;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
  private final ParsedScripts scripts;
  private final Map<CiStep, Classification> classified = new IdentityHashMap<>();

  /**
   * @param localActions steps of a local action ({@code uses: ./path}), empty when unknown
   */
  public StepClassifier(Function<String, List<CiStep>> localActions) {
    this(localActions, new ParsedScripts());
  }

  /**
   * @param localActions steps of a local action ({@code uses: ./path}), empty when unknown
   * @param scripts the parsed scripts of the file being linted, shared with the rules
   */
  public StepClassifier(Function<String, List<CiStep>> localActions, ParsedScripts scripts) {
    this.localActions = localActions;
    this.scripts = scripts;
  }

  /** A script parsed once for the classifier and every rule. */
  public ShellProgram program(String text) {
    return scripts.of(text);
  }

  public Classification classify(CiStep step) {
    Classification c = classified.get(step);
    if (c == null) {
      c = classify(step, 0);
      classified.put(step, c);
    }
    return c;
  }

  private Classification classify(CiStep step, int depth) {
    List<Classification> parts = new ArrayList<>();
    if (step.script() != null && !step.script().text().isBlank()) {
      for (Cmd c : scripts.of(step.script().text().text()).commands()) {
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
        return new Classification(byName, "its name \"" + step.name() + "\"", true);
      }
    }
    return overruledByName(step, combined);
  }

  /**
   * What one command of the step does, as {@link #classify} would judge it: a command known only by
   * a script file's name is overruled by a step name that says otherwise.
   */
  public Classification command(CiStep step, Cmd cmd) {
    return overruledByName(step, CommandClassifier.classify(cmd));
  }

  /**
   * Like {@link #command}, and when the command is of unknown purpose but is the step's only
   * unknown one, the step's name speaks for it ({@code bundle exec bake || true} in "Run
   * conformance tests"), as it does when the whole step is classified.
   */
  public Classification commandOrName(CiStep step, Cmd cmd) {
    Classification c = CommandClassifier.classify(cmd);
    if (c.purpose() == Purpose.UNKNOWN && step.name() != null && onlyUnknown(step, cmd)) {
      Purpose byName = TaskNames.ofLabel(step.name());
      if (byName.critical()) {
        return new Classification(byName, cmd.text() + " (step \"" + step.name() + "\")", true);
      }
    }
    return overruledByName(step, c);
  }

  /**
   * True when {@code cmd} is the step's one command of unknown purpose and nothing else in the step
   * is critical: then the step's name speaks for it, as it does for the whole step.
   */
  private boolean onlyUnknown(CiStep step, Cmd cmd) {
    if (step.script() == null) {
      return false;
    }
    int unknown = 0;
    for (Cmd c : scripts.of(step.script().text().text()).commands()) {
      Classification k = CommandClassifier.classify(c);
      if (k.critical()) {
        return false;
      }
      if (k.purpose() == Purpose.UNKNOWN) {
        unknown++;
      }
    }
    return unknown == 1;
  }

  /**
   * A critical purpose read only from a file's name ({@code python test.py}) gives way to a step
   * name that says the step is setup, cleanup or informational ("Check venv cache", "Upload docs
   * preview"): two names disagree, and the one a person wrote for this step wins.
   */
  private static Classification overruledByName(CiStep step, Classification c) {
    if (!c.critical() || !c.byName() || step.name() == null) {
      return c;
    }
    Purpose byName = TaskNames.ofLabel(step.name());
    if (byName == Purpose.NEUTRAL || byName == Purpose.INFORMATIONAL || byName == Purpose.CLEANUP) {
      return new Classification(byName, "its name \"" + step.name() + "\"", true);
    }
    return c;
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
      return new Classification(TaskNames.ofTask(last), "uses: " + uses, true);
    }
    List<Classification> parts = new ArrayList<>();
    for (CiStep s : inner) {
      Classification c = classify(s, depth + 1);
      parts.add(
          new Classification(
              c.purpose(), "uses: " + uses + " (" + describe(s, c) + ")", c.byName()));
    }
    return Classification.combine(parts);
  }

  private static String describe(CiStep s, Classification c) {
    String what = c.evidence() == null ? s.label() : c.evidence();
    return "step '" + s.label() + "': " + what;
  }
}
