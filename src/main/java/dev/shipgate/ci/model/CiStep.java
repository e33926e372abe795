package dev.shipgate.ci.model;

import java.util.Map;

/**
 * One GitHub step (or GitLab job script): its {@code name:} and the label messages use (the name,
 * else what it runs), what it runs ({@code script} and/or {@code uses} with its {@code with:}
 * inputs), its {@code env:}, its {@code continue-on-error}, its {@code if:} condition, {@code id}
 * and {@code working-directory} (the step's, else the job's or workflow's {@code defaults.run}).
 * Absent values are null.
 */
public record CiStep(
    String name,
    String label,
    Scope scope,
    Script script,
    String uses,
    Map<String, String> with,
    Map<String, String> env,
    FailureSwitch continueOnError,
    String condition,
    String id,
    String workingDirectory) {
  public CiStep {
    with = with == null ? Map.of() : Map.copyOf(with);
    env = env == null ? Map.of() : Map.copyOf(env);
  }
}
