package dev.shipgate.incidents.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentEvent;

/**
 * The generic webhook's JSON document, schema {@value #SCHEMA} (docs/incidents.md): the transition,
 * the incident as it is when sent, its last events, and the delivery id.
 */
final class WebhookPayload {
  static final String SCHEMA = "shipgate.incident.v1";

  private WebhookPayload() {}

  static String body(Message m) {
    ObjectNode root = Json.object();
    root.put("schema", SCHEMA);
    root.put("deliveryId", m.deliveryId());
    root.put("event", m.test() ? "notify.test" : m.transition().eventName());
    root.put("transition", m.test() ? null : m.transition().name());
    root.put("transitionAt", Message.time(m.transitionAt()));
    root.put("project", m.project());
    root.put("test", m.test());
    root.set("incident", incident(m.incident()));
    ArrayNode events = root.putArray("events");
    for (IncidentEvent e : m.events()) {
      ObjectNode n = events.addObject();
      n.put("id", e.id());
      n.put("at", Message.time(e.at()));
      n.put("type", e.type().name());
      n.put("message", e.message());
      n.set("metadata", e.metadata());
    }
    ArrayNode next = root.putArray("nextSteps");
    m.nextSteps().forEach(next::add);
    return root.toString();
  }

  static ObjectNode incident(Incident i) {
    ObjectNode n = Json.object();
    n.put("id", i.id());
    n.put("key", i.key());
    n.put("severity", i.severity().name());
    n.put("category", i.category().name());
    n.put("summary", i.summary());
    n.put("status", i.status().name());
    n.put("openedAt", Message.time(i.openedAt()));
    n.put("updatedAt", Message.time(i.updatedAt()));
    n.put("resolvedAt", Message.time(i.resolvedAt()));
    n.put("resolutionNotes", i.resolutionNotes());
    n.put("repeatCount", i.repeatCount());
    n.put("openedCount", i.openedCount());
    n.put("deployId", i.deployId());
    n.put("traceId", i.traceId());
    n.set("details", i.details());
    return n;
  }
}
