package dev.shipgate.ci.rules;

import dev.shipgate.ci.classify.StepClassifier;
import dev.shipgate.ci.model.CiDocument;
import dev.shipgate.ci.model.CiJob;
import dev.shipgate.ci.model.CiStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a step or job allowed to fail is checked: its result is read, which is the documented way
 * to keep going and still decide on the failure. A step is checked when a later step of its job
 * reads {@code steps.<id>.outcome}, {@code conclusion} or {@code outputs} (in its {@code if:}, its
 * script, {@code env:}, {@code with:} or name), when a job output carries the step's result and a
 * job that needs this one reads it, or when a later step reads a result file the step wrote and
 * fails on it ({@link ResultFiles}). A job is checked when a job that needs it reads {@code
 * needs.<job>.result} or {@code outputs} by the job's name.
 */
final class OutcomeChecks {
  private OutcomeChecks() {}

  static boolean stepChecked(CiDocument doc, CiJob job, CiStep step, StepClassifier classifier) {
    List<CiStep> steps = job.steps();
    int at = steps.indexOf(step);
    if (step.id() != null) {
      Pattern ref = stepRef(step.id());
      for (int i = at + 1; i > 0 && i < steps.size(); i++) {
        if (reads(steps.get(i), ref)) {
          return true;
        }
      }
      for (Map.Entry<String, String> out : job.outputs().entrySet()) {
        if (ref.matcher(out.getValue()).find() && outputRead(doc, job, out.getKey())) {
          return true;
        }
      }
    }
    return at >= 0 && ResultFiles.checkedLater(steps, at, classifier::program);
  }

  static boolean jobChecked(CiDocument doc, CiJob job) {
    Pattern ref = needsRef(job.id(), "(result|outputs)");
    for (CiJob other : doc.jobs()) {
      if (other != job && other.needs().contains(job.id()) && reads(other, ref)) {
        return true;
      }
    }
    return false;
  }

  /** {@code steps.<id>.outcome|conclusion|outputs}, also as {@code steps['id']}. */
  private static Pattern stepRef(String id) {
    String q = Pattern.quote(id);
    return Pattern.compile(
        "steps\\s*(\\.\\s*"
            + q
            + "|\\[\\s*['\"]"
            + q
            + "['\"]\\s*])\\s*\\.\\s*(outcome|conclusion|outputs)\\b");
  }

  /**
   * {@code needs.<job>.<what>} or {@code needs['job'].<what>}. A wholesale {@code needs.*.result}
   * or {@code toJSON(needs)} (an "all green" gate) is not a decision about this job: a job allowed
   * to fail reports success there.
   */
  private static Pattern needsRef(String job, String what) {
    String q = Pattern.quote(job);
    return Pattern.compile(
        "needs\\s*(\\.\\s*" + q + "|\\[\\s*['\"]" + q + "['\"]\\s*])\\s*\\.\\s*" + what + "\\b",
        Pattern.CASE_INSENSITIVE);
  }

  private static boolean outputRead(CiDocument doc, CiJob job, String output) {
    Pattern ref =
        needsRef(
            job.id(),
            "outputs\\s*(\\.\\s*"
                + Pattern.quote(output)
                + "|\\[\\s*['\"]"
                + Pattern.quote(output)
                + "['\"]\\s*])");
    for (CiJob other : doc.jobs()) {
      if (other != job && other.needs().contains(job.id()) && reads(other, ref)) {
        return true;
      }
    }
    return false;
  }

  private static boolean reads(CiJob job, Pattern ref) {
    if (job.condition() != null && ref.matcher(job.condition()).find()) {
      return true;
    }
    if (job.outputs().values().stream().anyMatch(v -> ref.matcher(v).find())) {
      return true;
    }
    return job.steps().stream().anyMatch(s -> reads(s, ref));
  }

  private static boolean reads(CiStep s, Pattern ref) {
    List<String> texts = new ArrayList<>();
    texts.add(s.condition());
    texts.add(s.name());
    texts.add(s.script() == null ? null : s.script().text().text());
    texts.addAll(s.env().values());
    texts.addAll(s.with().values());
    return texts.stream().anyMatch(t -> t != null && ref.matcher(t).find());
  }
}
