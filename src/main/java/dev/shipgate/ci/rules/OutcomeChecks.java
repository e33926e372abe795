package dev.shipgate.ci.rules;

import dev.shipgate.ci.classify.Classification;
import dev.shipgate.ci.classify.StepClassifier;
import dev.shipgate.ci.model.CiJob;
import dev.shipgate.ci.model.CiStep;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a step allowed to fail is checked later in its job, the documented way to keep going and
 * still fail: a later step that reads {@code steps.<id>.outcome} (or {@code conclusion}) and exits
 * non-zero, or retries the same critical work without {@code continue-on-error}.
 */
final class OutcomeChecks {
  /** A non-zero exit: {@code exit 1}, {@code exit $rc}, {@code false}, {@code core.setFailed}. */
  private static final Pattern FAILS =
      Pattern.compile(
          "\\bexit\\s+(\\$|[\"']?[1-9])|(^|[;&|\\s])false(\\s|;|$)|setFailed"
              + "|process\\.exit\\(\\s*[1-9]|sys\\.exit\\(\\s*[1-9]",
          Pattern.MULTILINE);

  private OutcomeChecks() {}

  static boolean checkedLater(CiJob job, CiStep step, StepClassifier classifier) {
    if (step.id() == null) {
      return false;
    }
    Pattern ref =
        Pattern.compile(
            "steps\\s*(\\.\\s*"
                + Pattern.quote(step.id())
                + "|\\[\\s*['\"]"
                + Pattern.quote(step.id())
                + "['\"]\\s*])\\s*\\.\\s*(outcome|conclusion)");
    List<CiStep> steps = job.steps();
    for (int i = steps.indexOf(step) + 1; i > 0 && i < steps.size(); i++) {
      CiStep later = steps.get(i);
      boolean inCondition = later.condition() != null && ref.matcher(later.condition()).find();
      String text = later.script() == null ? "" : later.script().text().text();
      boolean inBody =
          ref.matcher(text).find()
              || later.env().values().stream().anyMatch(v -> ref.matcher(v).find())
              || later.with().values().stream().anyMatch(v -> ref.matcher(v).find());
      if (!inCondition && !inBody) {
        continue;
      }
      String body = text + "\n" + String.join("\n", later.with().values());
      if (FAILS.matcher(body).find()) {
        return true;
      }
      if (inCondition && later.continueOnError() == null) {
        Classification c = classifier.classify(later);
        if (c.critical()) {
          return true;
        }
      }
    }
    return false;
  }
}
