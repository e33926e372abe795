package dev.shipgate.ci.rules;

import dev.shipgate.ci.model.Loc;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.Severity;

/**
 * A CI finding before it becomes a {@link dev.shipgate.lint.Finding}: where (file and line), which
 * job and step (step null for a job-level finding), what is wrong and why it matters, and the fix.
 */
public record CiFinding(
    Rule rule, Severity severity, Loc loc, String job, String step, String message, String hint) {
  public static CiFinding of(
      Rule rule, Loc loc, String job, String step, String message, String hint) {
    return new CiFinding(rule, rule.defaultSeverity(), loc, job, step, message, hint);
  }

  public CiFinding withSeverity(Severity s) {
    return new CiFinding(rule, s, loc, job, step, message, hint);
  }
}
