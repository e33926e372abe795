package dev.shipgate.ci.rules;

import dev.shipgate.ci.classify.Classification;
import dev.shipgate.ci.model.CiDocument;
import dev.shipgate.ci.model.CiJob;
import dev.shipgate.ci.model.CiKind;
import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.model.Loc;
import dev.shipgate.ci.model.Script;
import dev.shipgate.ci.model.ScriptText;
import dev.shipgate.ci.shell.Cmd;
import dev.shipgate.ci.shell.Op;
import dev.shipgate.ci.shell.ShellProgram;
import dev.shipgate.lint.Rule;
import java.util.List;

/**
 * {@code ignored-failure}: a script throws away the failure of a critical command. Three shapes: a
 * fallback that always succeeds ({@code || true}, {@code || :}, {@code || exit 0}, {@code || echo
 * ...}); exit-on-error turned off ({@code set +e}, or a shell started without {@code -e}) with the
 * status never checked and more commands after it (so {@code ; true} counts too); and a pipe into
 * {@code tee} and friends when pipefail is off, as in GitHub's default shell. Cleanup commands
 * ({@code kill}, {@code rm}, {@code docker stop}) are never critical.
 */
final class IgnoredFailureRule implements CiRule {
  @Override
  public void check(CiDocument doc, CiContext ctx, List<CiFinding> out) {
    for (CiJob job : doc.jobs()) {
      for (CiStep step : job.steps()) {
        Script script = step.script();
        if (script == null || !script.shell().posix() || script.text().isBlank()) {
          continue;
        }
        String stepLabel =
            job.steps().size() == 1 && step.label().equals("script") ? "script" : step.label();
        ShellProgram program = ctx.classifier().program(script.text().text());
        new Walk(script, program, job.id(), stepLabel, out, doc.kind() == CiKind.GITLAB_CI)
            .run(
                c -> ctx.classifier().command(step, c),
                c -> ctx.classifier().commandOrName(step, c));
      }
    }
  }

  /** One pass over a script, tracking {@code set -e}/{@code set +e}/pipefail as it goes. */
  private static final class Walk {
    private final Script script;
    private final ScriptText text;
    private final ShellProgram program;
    private final String job;
    private final String step;
    private final List<CiFinding> out;
    private boolean errexit;
    private boolean pipefail;
    private int errexitOffAt = -1;
    private final boolean gitlab;

    Walk(
        Script script,
        ShellProgram program,
        String job,
        String step,
        List<CiFinding> out,
        boolean gitlab) {
      this.gitlab = gitlab;
      this.script = script;
      this.text = script.text();
      this.program = program;
      this.job = job;
      this.step = step;
      this.out = out;
      this.errexit = script.shell().errexit();
      this.pipefail = script.shell().pipefail();
    }

    /**
     * @param classify what a command does
     * @param orName the same, letting the step's name speak for its one unknown command: used only
     *     for an explicit swallowing fallback ({@code || true}), the clearest signal there is
     */
    void run(
        java.util.function.Function<Cmd, Classification> classify,
        java.util.function.Function<Cmd, Classification> orName) {
      List<Cmd> cmds = program.commands();
      for (Cmd cmd : cmds) {
        List<String> words = cmd.values();
        if (!words.isEmpty() && words.get(0).equals("set")) {
          applySet(words, cmd);
          continue;
        }
        if (cmd.before() == Op.OR) {
          continue; // a fallback (retry) of an earlier command
        }
        Classification c = classify.apply(cmd);
        List<Cmd> pipeline = program.pipeline(cmd);
        Cmd tail = pipeline.get(pipeline.size() - 1);
        if (!c.critical() && tail.after() == Op.OR && pipeline.size() == 1) {
          c = orName.apply(cmd);
        }
        if (!c.critical()) {
          continue;
        }
        if (tail.after() == Op.OR) {
          checkFallback(cmd, tail, c);
        } else if (!errexit && !cmd.tested()) {
          checkUnchecked(cmd, c);
        } else if (tail.after() == Op.AND && !cmd.tested()) {
          checkAndList(cmd, tail, c);
        } else if (cmd.after() == Op.PIPE && !pipefail) {
          checkPipe(cmd, c);
        }
      }
    }

    private void applySet(List<String> words, Cmd cmd) {
      for (int i = 1; i < words.size(); i++) {
        String a = words.get(i);
        if (a.length() < 2 || a.charAt(0) != '-' && a.charAt(0) != '+') {
          continue;
        }
        boolean on = a.charAt(0) == '-';
        for (char ch : a.substring(1).toCharArray()) {
          if (ch == 'e') {
            setErrexit(on, cmd);
          } else if (ch == 'o' && i + 1 < words.size()) {
            String option = words.get(++i);
            if (option.equals("errexit")) {
              setErrexit(on, cmd);
            } else if (option.equals("pipefail")) {
              pipefail = on;
            }
          }
        }
      }
    }

    private void setErrexit(boolean on, Cmd cmd) {
      errexit = on;
      errexitOffAt = on ? -1 : text.locAt(cmd.offset()).line();
    }

    private void checkFallback(Cmd cmd, Cmd tail, Classification c) {
      List<Cmd> fallback = program.fallback(tail);
      if (!Fallbacks.swallows(fallback)) {
        return;
      }
      Cmd first = fallback.get(0);
      String shown = "|| " + Fallbacks.describe(fallback);
      Loc loc = text.locAt(first.offset());
      String message =
          "`"
              + shorten(cmd.text())
              + " "
              + shown
              + "` "
              + c.purpose().verb()
              + " and then throws its failure away, so this passes when it fails";
      String hint =
          "remove `"
              + shown
              + "`; if later commands must run anyway, keep the status (`... || status=$?`)"
              + " and end with `exit ${status:-0}`, or move them to "
              + (gitlab ? "`after_script`" : "a step with `if: always()`");
      out.add(CiFinding.of(Rule.IGNORED_FAILURE, loc, job, step, message, hint));
    }

    private void checkUnchecked(Cmd cmd, Classification c) {
      List<Cmd> pipeline = program.pipeline(cmd);
      int last = pipeline.get(pipeline.size() - 1).index();
      List<Cmd> cmds = program.commands();
      if (last >= cmds.size() - 1 || statusReadAfter(last)) {
        return; // the script's exit status is this command's, or the script checks $?
      }
      Loc loc = text.locAt(cmd.offset());
      String why =
          errexitOffAt > 0
              ? "`set +e` (line " + errexitOffAt + ") turned off exit-on-error"
              : "the shell `" + script.shell().name() + "` runs without -e";
      String message =
          why
              + ", and nothing checks the status of `"
              + shorten(cmd.text())
              + "`, which "
              + c.purpose().verb()
              + ": later commands decide the exit code, so it passes when this fails";
      String hint =
          errexitOffAt > 0
              ? "remove `set +e`, or save the status right after the command (`status=$?`) and `exit $status` at the end"
              : "start the shell with -e (e.g. `shell: bash -el {0}`), or add `set -e` at the top of the script";
      out.add(CiFinding.of(Rule.IGNORED_FAILURE, loc, job, step, message, hint));
    }

    /**
     * {@code a && b}: bash -e ignores a failure of {@code a} (only the last command of an and-list
     * can stop the script), so when more commands follow the list, {@code a}'s failure is lost.
     */
    private void checkAndList(Cmd cmd, Cmd tail, Classification c) {
      List<Cmd> cmds = program.commands();
      int end = tail.index();
      while (end < cmds.size() - 1 && cmds.get(end).after() != Op.SEQ) {
        if (cmds.get(end).after() == Op.OR) {
          return; // a fallback decides; handled as such
        }
        end++;
      }
      for (int k = tail.index() + 1; k <= end; k++) {
        if (Fallbacks.recordsStatus(cmds.get(k))) {
          return; // `a && echo "ok=true" >> $GITHUB_OUTPUT`: success is recorded for later steps
        }
      }
      if (end >= cmds.size() - 1 || statusReadAfter(end)) {
        return;
      }
      Loc loc = text.locAt(cmd.offset());
      String message =
          "`"
              + shorten(cmd.text())
              + " && ...` "
              + c.purpose().verb()
              + ", but bash -e does not stop on a failure before the last `&&`, and more commands"
              + " follow: the script carries on and this failure is lost";
      String hint =
          "put each command on its own line (bash -e then stops at the first failure), or end the"
              + " list with `|| exit 1`";
      out.add(CiFinding.of(Rule.IGNORED_FAILURE, loc, job, step, message, hint));
    }

    private void checkPipe(Cmd cmd, Classification c) {
      List<Cmd> pipeline = program.pipeline(cmd);
      List<Cmd> consumers = pipeline.subList(pipeline.indexOf(cmd) + 1, pipeline.size());
      if (consumers.isEmpty() || !consumers.stream().allMatch(Fallbacks::passesThrough)) {
        return;
      }
      int last = pipeline.get(pipeline.size() - 1).index();
      if (statusReadAfter(last)) {
        return;
      }
      Loc loc = text.locAt(cmd.offset());
      String message =
          "`"
              + shorten(cmd.text())
              + " | "
              + Fallbacks.describe(consumers)
              + "` "
              + c.purpose().verb()
              + ", but without pipefail the pipeline's status is `"
              + firstWord(consumers.get(consumers.size() - 1))
              + "`'s, so a failure is lost (the step's shell `"
              + script.shell().name()
              + "` has no pipefail)";
      String hint =
          "add `shell: bash` to the step (GitHub then runs bash with -eo pipefail), or `set -o pipefail`"
              + " at the top of the script";
      out.add(CiFinding.of(Rule.IGNORED_FAILURE, loc, job, step, message, hint));
    }

    /** True when a command after index {@code from} reads {@code $?} or {@code PIPESTATUS}. */
    private boolean statusReadAfter(int from) {
      List<Cmd> cmds = program.commands();
      for (int i = from + 1; i < cmds.size(); i++) {
        String t = cmds.get(i).text();
        if (t.contains("$?") || t.contains("PIPESTATUS") || t.contains("pipestatus")) {
          return true;
        }
      }
      return false;
    }
  }

  static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 80 ? one.substring(0, 77) + "..." : one;
  }

  private static String firstWord(Cmd cmd) {
    return cmd.words().isEmpty() ? "" : cmd.words().get(0).raw();
  }
}
