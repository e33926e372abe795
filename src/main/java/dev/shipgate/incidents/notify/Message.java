package dev.shipgate.incidents.notify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentEvent;
import dev.shipgate.incidents.Transition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every destination renders: one transition of one incident (its state when sent, already
 * redacted), its last events, and the delivery id.
 *
 * @param test a {@code notify test} message, not a real incident
 */
record Message(
    String project,
    Transition transition,
    Instant transitionAt,
    Incident incident,
    List<IncidentEvent> events,
    String deliveryId,
    boolean test) {

  /** "CRITICAL incident opened: DB unreachable". */
  String title() {
    if (test) {
      return "shipgate notify test for " + project;
    }
    String verb =
        switch (transition) {
          case OPENED -> incident.openedCount() > 1 ? "reopened" : "opened";
          case ESCALATED -> "escalated";
          case RESOLVED -> "resolved";
        };
    return incident.severity() + " incident " + verb + ": " + incident.summary();
  }

  /** The next steps the incident's details name ({@code nextSteps} or {@code next}), or ours. */
  List<String> nextSteps() {
    List<String> out = new ArrayList<>();
    JsonNode d = incident.details();
    if (d.path("nextSteps").isArray()) {
      d.path("nextSteps").forEach(n -> out.add(n.asText()));
    } else if (d.path("next").isTextual()) {
      out.add(d.path("next").asText());
    }
    if (out.isEmpty() && !test && incident.isOpen()) {
      out.add("see the timeline: shipgate incidents show " + incident.id());
      out.add(
          "when fixed: shipgate incidents resolve " + incident.id() + " --notes \"what fixed it\"");
    }
    return out;
  }

  static String time(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  static String eventLine(IncidentEvent e) {
    return time(e.at()) + " " + e.type() + " " + e.message();
  }

  String eventName() {
    return test ? "notify.test" : transition.name().toLowerCase(Locale.ROOT);
  }
}
