package dev.shipgate.ci.model;

import java.util.List;

/**
 * One job: its id, the lines it spans, the switches that let it fail ({@code continue-on-error} on
 * a GitHub job; {@code allow_failure} on a GitLab job or one of its rules), its matrix, its steps
 * (a GitLab job has one: its script), and for GitLab the stage it declares (null when unset).
 */
public record CiJob(
    String id,
    Scope scope,
    List<FailureSwitch> switches,
    Matrix matrix,
    List<CiStep> steps,
    String stage) {
  public CiJob {
    switches = List.copyOf(switches);
    steps = List.copyOf(steps);
  }
}
