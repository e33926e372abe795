package dev.shipgate.ci.model;

import java.util.List;
import java.util.Map;

/**
 * One job: its id, the lines it spans, the switches that let it fail ({@code continue-on-error} on
 * a GitHub job; {@code allow_failure} on a GitLab job or one of its rules), its matrix, its steps
 * (a GitLab job has one: its script), for GitLab the stage it declares (null when unset), and for
 * GitHub the jobs it {@code needs}, its {@code if:} (null when unset) and its {@code outputs:}.
 */
public record CiJob(
    String id,
    Scope scope,
    List<FailureSwitch> switches,
    Matrix matrix,
    List<CiStep> steps,
    String stage,
    List<String> needs,
    String condition,
    Map<String, String> outputs) {
  public CiJob {
    switches = List.copyOf(switches);
    steps = List.copyOf(steps);
    needs = needs == null ? List.of() : List.copyOf(needs);
    outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
  }

  /** A job without {@code needs}, {@code if:} or outputs (GitLab jobs, composite actions). */
  public CiJob(
      String id,
      Scope scope,
      List<FailureSwitch> switches,
      Matrix matrix,
      List<CiStep> steps,
      String stage) {
    this(id, scope, switches, matrix, steps, stage, List.of(), null, Map.of());
  }
}
