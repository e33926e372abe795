package dev.shipgate.ci.model;

/**
 * A setting that lets a job or step fail without failing the run: GitHub's {@code
 * continue-on-error} or GitLab's {@code allow_failure}, with its value as written ({@code true}, or
 * an expression such as {@code ${{ matrix.experimental }}}).
 */
public record FailureSwitch(String key, String value, Loc loc) {
  /** The literal YAML true (GitHub also accepts the string "true"). */
  public boolean isLiteralTrue() {
    return value != null && value.strip().equalsIgnoreCase("true");
  }

  /** A {@code ${{ ... }}} expression, which may or may not be true at run time. */
  public boolean isExpression() {
    return value != null && value.contains("${{");
  }
}
