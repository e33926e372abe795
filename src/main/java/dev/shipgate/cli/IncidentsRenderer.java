package dev.shipgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.Delivery;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentEvent;
import dev.shipgate.incidents.RecordResult;
import dev.shipgate.incidents.Timeline;
import dev.shipgate.incidents.notify.NotifyTest;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Text and JSON for {@code incidents} and {@code notify test} (docs/incidents.md, "JSON"). */
public final class IncidentsRenderer {
  private IncidentsRenderer() {}

  public static ObjectNode incident(Incident i) {
    ObjectNode n = Json.object();
    n.put("id", i.id());
    n.put("key", i.key());
    n.put("severity", i.severity().name());
    n.put("category", i.category().name());
    n.put("summary", i.summary());
    n.put("status", i.status().name());
    n.put("openedAt", time(i.openedAt()));
    n.put("updatedAt", time(i.updatedAt()));
    n.put("resolvedAt", time(i.resolvedAt()));
    n.put("resolutionNotes", i.resolutionNotes());
    n.put("repeatCount", i.repeatCount());
    n.put("openedCount", i.openedCount());
    n.put("deployId", i.deployId());
    n.put("traceId", i.traceId());
    n.set("details", i.details());
    return n;
  }

  public static ObjectNode listJson(List<Incident> incidents) {
    ObjectNode root = Json.object();
    root.put("count", incidents.size());
    ArrayNode a = root.putArray("incidents");
    incidents.forEach(i -> a.add(incident(i)));
    return root;
  }

  static void listText(List<Incident> incidents, boolean openOnly, PrintWriter out) {
    if (incidents.isEmpty()) {
      out.println(openOnly ? "no open incidents" : "no incidents");
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-5s %-8s %-8s %-9s %6s  %-24s %s%n",
        "ID",
        "STATUS",
        "SEVERITY",
        "CATEGORY",
        "SEEN",
        "UPDATED",
        "KEY: SUMMARY");
    for (Incident i : incidents) {
      out.printf(
          Locale.ROOT,
          "%-5d %-8s %-8s %-9s %5dx  %-24s %s: %s%n",
          i.id(),
          i.status(),
          i.severity(),
          i.category(),
          i.repeatCount(),
          time(i.updatedAt()),
          i.key(),
          i.summary());
    }
  }

  public static ObjectNode showJson(Timeline t) {
    ObjectNode root = Json.object();
    root.set("incident", incident(t.incident()));
    ArrayNode events = root.putArray("events");
    for (IncidentEvent e : t.events()) {
      ObjectNode n = events.addObject();
      n.put("id", e.id());
      n.put("at", time(e.at()));
      n.put("type", e.type().name());
      n.put("message", e.message());
      n.set("metadata", e.metadata());
    }
    ArrayNode deliveries = root.putArray("notifications");
    for (Delivery d : t.deliveries()) {
      ObjectNode n = deliveries.addObject();
      n.put("transition", d.transition().name());
      n.put("destination", d.destination());
      n.put("deliveryId", d.deliveryId());
      n.put("status", d.status());
      n.put("attempts", d.attempts());
      n.put("lastError", d.lastError());
      n.put("deliveredAt", time(d.deliveredAt()));
    }
    return root;
  }

  static void showText(Timeline t, PrintWriter out) {
    Incident i = t.incident();
    out.println(
        "incident "
            + i.id()
            + ": "
            + i.status()
            + " "
            + i.severity()
            + " "
            + i.category()
            + ": "
            + i.summary());
    out.println(
        "  key "
            + i.key()
            + " · detected "
            + i.repeatCount()
            + (i.repeatCount() == 1 ? " time" : " times")
            + " · opened "
            + time(i.openedAt())
            + (i.openedCount() > 1 ? " (reopened " + (i.openedCount() - 1) + "x)" : "")
            + (i.resolvedAt() == null ? "" : " · resolved " + time(i.resolvedAt())));
    if (i.resolutionNotes() != null) {
      out.println("  notes: " + i.resolutionNotes());
    }
    if (i.deployId() != null || i.traceId() != null) {
      out.println("  deploy " + nz(i.deployId()) + " · trace " + nz(i.traceId()));
    }
    out.println("timeline:");
    for (IncidentEvent e : t.events()) {
      out.printf(Locale.ROOT, "  %s  %-18s %s%n", time(e.at()), e.type(), e.message());
    }
    if (!t.deliveries().isEmpty()) {
      out.println("notifications:");
      for (Delivery d : t.deliveries()) {
        out.printf(
            Locale.ROOT,
            "  %-9s %-8s %-9s %d %s%s%n",
            d.transition(),
            d.destination(),
            d.status(),
            d.attempts(),
            d.attempts() == 1 ? "attempt" : "attempts",
            d.lastError() == null ? "" : ": " + d.lastError());
      }
    }
  }

  static ObjectNode recordJson(RecordResult r) {
    ObjectNode root = Json.object();
    root.put("id", r.incident() == null ? null : r.incident().id());
    root.put("outcome", r.outcome().name());
    root.put("transition", r.transition().map(Enum::name).orElse(null));
    root.set("incident", r.incident() == null ? null : incident(r.incident()));
    return root;
  }

  static ObjectNode notifyJson(NotifyTest.Report r) {
    ObjectNode root = Json.object();
    root.put("ok", r.ok());
    ArrayNode a = root.putArray("destinations");
    for (NotifyTest.Result d : r.results()) {
      ObjectNode n = a.addObject();
      n.put("destination", d.destination());
      n.put("delivered", d.delivered());
      n.put("status", d.status() == 0 ? null : d.status());
      n.put("reason", d.reason());
      n.put("durationMs", d.took().toMillis());
    }
    ArrayNode s = root.putArray("skipped");
    r.skipped().forEach(s::add);
    return root;
  }

  static void notifyText(NotifyTest.Report r, PrintWriter out) {
    for (NotifyTest.Result d : r.results()) {
      out.println(
          d.destination()
              + ": "
              + (d.delivered() ? "delivered" : "failed: " + d.reason())
              + (d.status() == 0 ? "" : " (HTTP " + d.status() + ")")
              + " in "
              + d.took().toMillis()
              + " ms");
    }
    r.skipped().forEach(s -> out.println("skipped " + s));
  }

  static String time(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
