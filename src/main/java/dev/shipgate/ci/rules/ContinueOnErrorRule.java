package dev.shipgate.ci.rules;

import dev.shipgate.ci.classify.Classification;
import dev.shipgate.ci.classify.Purpose;
import dev.shipgate.ci.classify.TaskNames;
import dev.shipgate.ci.model.CiDocument;
import dev.shipgate.ci.model.CiJob;
import dev.shipgate.ci.model.CiKind;
import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.model.FailureSwitch;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code continue-on-error}: a step or job that runs tests, migrations, builds, type checks or
 * deploys may fail while the run stays green ({@code continue-on-error: true} or an expression that
 * can be true; GitLab {@code allow_failure: true}). Informational and cleanup work is left alone,
 * and so is a step or job whose result is read later ({@link OutcomeChecks}) and a GitLab manual
 * job. A switch that is true only for some matrix entries, only when the calling workflow asks for
 * it, or (GitLab) only in pipelines one rule matches while other rules still block, is a warning:
 * it is usually a deliberate "allowed to fail" toolchain or contribution path.
 */
final class ContinueOnErrorRule implements CiRule {
  @Override
  public void check(CiDocument doc, CiContext ctx, List<CiFinding> out) {
    boolean gitlab = doc.kind() == CiKind.GITLAB_CI;
    for (CiJob job : doc.jobs()) {
      for (FailureSwitch sw : job.switches()) {
        SwitchValue value = SwitchValue.of(sw, job.matrix());
        if (value.when() == SwitchValue.When.NEVER || sw.manual()) {
          continue;
        }
        if (!gitlab && OutcomeChecks.jobChecked(doc, job)) {
          continue;
        }
        Classification what = gitlab ? gitlabJob(job, ctx) : githubJob(job, ctx);
        if (what.critical()) {
          out.add(finding(sw, value, what, job.id(), null, gitlab));
        }
      }
      if (gitlab) {
        continue;
      }
      for (CiStep step : job.steps()) {
        FailureSwitch sw = step.continueOnError();
        if (sw == null) {
          continue;
        }
        SwitchValue value = SwitchValue.of(sw, job.matrix());
        if (value.when() == SwitchValue.When.NEVER) {
          continue;
        }
        Classification what = ctx.classifier().classify(step);
        if (what.critical() && !OutcomeChecks.stepChecked(doc, job, step, ctx.classifier())) {
          out.add(finding(sw, value, what, job.id(), step.label(), false));
        }
      }
    }
  }

  /** A GitHub job: what its steps do; the first critical step is the evidence. */
  private static Classification githubJob(CiJob job, CiContext ctx) {
    List<Classification> parts = new ArrayList<>();
    for (CiStep s : job.steps()) {
      Classification c = ctx.classifier().classify(s);
      String evidence = c.evidence() == null ? null : "step '" + s.label() + "': " + c.evidence();
      parts.add(new Classification(c.purpose(), evidence));
    }
    return Classification.combine(parts);
  }

  /**
   * A GitLab job: its script, else its name, else a deploy or migrate stage it declares. A test
   * stage alone proves nothing: scanners and linters sit there too.
   */
  private static Classification gitlabJob(CiJob job, CiContext ctx) {
    Classification c =
        job.steps().isEmpty()
            ? Classification.UNKNOWN
            : ctx.classifier().classify(job.steps().get(0));
    if (c.purpose() == Purpose.UNKNOWN && job.stage() != null) {
      Purpose byStage = TaskNames.ofLabel(job.stage());
      if (byStage == Purpose.DEPLOY || byStage == Purpose.MIGRATION) {
        return new Classification(byStage, "its stage '" + job.stage() + "'");
      }
    }
    return c;
  }

  private static CiFinding finding(
      FailureSwitch sw,
      SwitchValue value,
      Classification what,
      String job,
      String step,
      boolean gitlab) {
    String subject = step == null ? "the job" : "the step";
    String does = what.purpose().verb() + evidence(what);
    String setting = sw.key() + ": " + sw.value();
    String message;
    String hint;
    Severity severity = Severity.ERROR;
    SwitchValue.When when = value.when();
    if (sw.blocksElsewhere() && when == SwitchValue.When.ALWAYS) {
      severity = Severity.WARNING;
      message =
          setting
              + " lets "
              + subject
              + " fail in pipelines that match its rule"
              + (sw.condition() == null ? "" : " (if: " + sw.condition() + ")")
              + ", and it "
              + does
              + "; other pipelines still fail on it, so this is usually a deliberate exception";
      hint =
          "keep it only where the failure cannot be fixed by the author (e.g. forks without"
              + " secrets); otherwise remove it; silence with `# shipgate: allow continue-on-error`";
      return CiFinding.of(Rule.CONTINUE_ON_ERROR, sw.loc(), job, step, message, hint)
          .withSeverity(severity);
    }
    switch (when) {
      case ALWAYS -> {
        message =
            setting
                + " lets "
                + subject
                + " fail while the "
                + (gitlab ? "pipeline" : "run")
                + " stays green, and it "
                + does
                + "; a failure here never blocks the merge or deploy";
        hint =
            gitlab
                ? "remove allow_failure (or narrow it to a documented code with allow_failure: {exit_codes: [...]});"
                    + " if the job is really informational, add `# shipgate: allow continue-on-error` above it"
                : "remove continue-on-error so a failure fails the job; to run later steps anyway, give them"
                    + " `if: always()`; if this step is really informational, add `# shipgate: allow continue-on-error` above it";
      }
      case SOME_MATRIX_ENTRIES, CALLER_INPUT -> {
        severity = Severity.WARNING;
        String forWhom =
            when == SwitchValue.When.CALLER_INPUT
                ? " is true when the calling workflow asks for it (through its inputs)"
                : value.detail().startsWith("${{")
                    ? " can be true for matrix entries shipgate cannot list (the matrix is computed)"
                    : " is true for matrix entries " + value.detail();
        message =
            setting
                + forWhom
                + ": there "
                + subject
                + " "
                + does
                + " and its failures are invisible";
        hint =
            "keep this only for toolchains you deliberately let fail, and report their outcome"
                + " (a job summary or an issue); otherwise remove it; silence with `# shipgate: allow continue-on-error`";
      }
      default -> {
        message =
            setting
                + " can be true, and then "
                + subject
                + " "
                + does
                + " with its failures hidden"
                + " (e.g. on scheduled or manual runs nobody watches)";
        hint =
            "remove continue-on-error, or make the condition exclude every run whose result matters;"
                + " silence with `# shipgate: allow continue-on-error` if that is intended";
      }
    }
    return CiFinding.of(Rule.CONTINUE_ON_ERROR, sw.loc(), job, step, message, hint)
        .withSeverity(severity);
  }

  private static String evidence(Classification what) {
    return what.evidence() == null ? "" : " (" + what.evidence() + ")";
  }
}
