package dev.shipgate.incidents;

import java.util.List;

/** An incident with its whole timeline, oldest event first, and where its notifications stand. */
public record Timeline(Incident incident, List<IncidentEvent> events, List<Delivery> deliveries) {
  public Timeline {
    events = List.copyOf(events);
    deliveries = List.copyOf(deliveries);
  }
}
