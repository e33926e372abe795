package dev.shipgate.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code --record} (and a composing verb) calls with a run's outcome: each failing target
 * records (or bumps) the incident keyed {@code project/command/target}; each passing target
 * resolves that key's open incident. A run that passed as a whole also resolves the open incidents
 * of targets it no longer has.
 */
public final class IncidentRecorder {
  private final IncidentService service;

  /** One target of a run (a check, a verify stage, a sentry step). */
  public record TargetOutcome(
      String target,
      boolean failing,
      Severity severity,
      Category category,
      String summary,
      JsonNode details) {}

  /** What a run changed in the store. */
  public record Recorded(List<RecordResult> recorded, List<ResolveResult> resolved) {
    public Recorded {
      recorded = List.copyOf(recorded);
      resolved = List.copyOf(resolved);
    }
  }

  public IncidentRecorder(IncidentService service) {
    this.service = service;
  }

  /** The dedup key of a target: {@code project/command/target}, at most 255 characters. */
  public static String key(String project, String command, String target) {
    String k = prefix(project, command) + part(target);
    return k.length() <= Detection.MAX_KEY ? k : k.substring(0, Detection.MAX_KEY);
  }

  private static String prefix(String project, String command) {
    return part(project == null || project.isBlank() ? "default" : project)
        + "/"
        + part(command)
        + "/";
  }

  private static String part(String s) {
    return s.strip().replace('/', '_').replaceAll("\\s+", "-").toLowerCase(Locale.ROOT);
  }

  /** One target's outcome: failing records (or bumps) its incident, passing resolves it. */
  public Recorded outcome(
      String project,
      String command,
      String target,
      boolean failing,
      Severity severity,
      Category category,
      String summary,
      JsonNode details) {
    return run(
        project,
        command,
        List.of(new TargetOutcome(target, failing, severity, category, summary, details)),
        false);
  }

  /**
   * A whole run: every target's outcome, then, when {@code runPassed}, the open incidents of this
   * project and command whose target was not in the run are resolved too.
   */
  public Recorded run(
      String project, String command, List<TargetOutcome> outcomes, boolean runPassed) {
    List<RecordResult> recorded = new ArrayList<>();
    List<ResolveResult> resolved = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TargetOutcome o : outcomes) {
      String key = key(project, command, o.target());
      seen.add(key);
      if (o.failing()) {
        recorded.add(
            service.record(
                Detection.of(key, o.severity(), o.category(), o.summary(), o.details())));
      } else {
        service.resolveKey(key, "passed: " + o.summary()).ifPresent(resolved::add);
      }
    }
    if (runPassed) {
      for (Incident i : service.openWithPrefix(prefix(project, command))) {
        if (!seen.contains(i.key())) {
          service
              .resolveKey(i.key(), "passed: shipgate " + command + " passed as a whole")
              .ifPresent(resolved::add);
        }
      }
    }
    return new Recorded(recorded, resolved);
  }
}
