package dev.shipgate.workflow.health;

import dev.shipgate.incidents.Severity;
import dev.shipgate.incidents.Timeline;
import java.util.List;
import java.util.Map;

/**
 * The open incidents: the most recent ones with their timelines, the count per severity and in all.
 */
public record IncidentsState(List<Timeline> open, Map<Severity, Long> openBySeverity, int total) {
  public IncidentsState {
    open = List.copyOf(open);
    openBySeverity = Map.copyOf(openBySeverity);
  }
}
