package dev.shipgate.ci.model;

/**
 * A setting that lets a job or step fail without failing the run: GitHub's {@code
 * continue-on-error} or GitLab's {@code allow_failure}, with its value as written ({@code true}, or
 * an expression such as {@code ${{ matrix.experimental }}}). For GitLab: {@code manual} when the
 * job (or the rule that sets it) runs {@code when: manual}, which GitLab lets fail by default: a
 * button someone may press, not a check; {@code condition} is the {@code if:} of the rule that sets
 * it (null for a job-level switch), and {@code blocksElsewhere} says another rule runs the job
 * without it, so other pipelines still fail on the job.
 */
public record FailureSwitch(
    String key, String value, Loc loc, boolean manual, String condition, boolean blocksElsewhere) {
  public FailureSwitch(String key, String value, Loc loc) {
    this(key, value, loc, false, null, false);
  }

  /** The literal YAML true (GitHub also accepts the string "true"). */
  public boolean isLiteralTrue() {
    return value != null && value.strip().equalsIgnoreCase("true");
  }

  /** A {@code ${{ ... }}} expression, which may or may not be true at run time. */
  public boolean isExpression() {
    return value != null && value.contains("${{");
  }
}
