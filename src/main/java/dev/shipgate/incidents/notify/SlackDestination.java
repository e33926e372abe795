package dev.shipgate.incidents.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.IncidentEvent;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Slack incoming webhook: one Block Kit message per transition (header, summary, severity /
 * category / status / detections, the last events, next steps, and a context line with the incident
 * id and delivery id). At most one message per second (Slack's limit per webhook).
 */
final class SlackDestination implements Destination {
  private final URI uri;
  private final TokenBucket bucket = new TokenBucket(1, 1.0);

  SlackDestination(URI uri) {
    this.uri = uri;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public String configKey() {
    return "notify.slack";
  }

  @Override
  public TokenBucket bucket() {
    return bucket;
  }

  @Override
  public Outbound request(Message m, Optional<String> thread, Instant now) {
    return new Outbound(
        "POST", uri, Map.of("Content-Type", "application/json; charset=utf-8"), body(m));
  }

  static String body(Message m) {
    ObjectNode root = Json.object();
    root.put("text", cut(icon(m) + " " + m.title() + " (" + m.project() + ")", 3000));
    ArrayNode blocks = root.putArray("blocks");
    ObjectNode header = blocks.addObject().put("type", "header");
    header
        .putObject("text")
        .put("type", "plain_text")
        .put("text", cut(icon(m) + " " + headline(m), 150));
    section(blocks, "*" + esc(m.incident().summary()) + "*");
    ObjectNode fields = blocks.addObject().put("type", "section");
    ArrayNode f = fields.putArray("fields");
    field(f, "Severity", m.incident().severity().name());
    field(f, "Category", m.incident().category().name());
    field(f, "Status", m.incident().status().name());
    field(f, "Detections", Integer.toString(m.incident().repeatCount()));
    List<IncidentEvent> events = m.events();
    if (!events.isEmpty()) {
      StringBuilder sb = new StringBuilder("*Last events*");
      for (IncidentEvent e : events) {
        sb.append("\n• ").append(esc(Message.eventLine(e)));
      }
      section(blocks, cut(sb.toString(), 3000));
    }
    List<String> next = m.nextSteps();
    if (!next.isEmpty()) {
      StringBuilder sb = new StringBuilder("*Next steps*");
      next.forEach(n -> sb.append("\n• ").append(esc(n)));
      section(blocks, cut(sb.toString(), 3000));
    }
    ObjectNode context = blocks.addObject().put("type", "context");
    context
        .putArray("elements")
        .addObject()
        .put("type", "mrkdwn")
        .put(
            "text",
            cut(
                esc(
                    m.project()
                        + " · incident "
                        + m.incident().id()
                        + " · key "
                        + m.incident().key()
                        + " · delivery "
                        + m.deliveryId()),
                3000));
    return root.toString();
  }

  private static String headline(Message m) {
    if (m.test()) {
      return m.title();
    }
    return m.incident().severity() + " " + m.eventName() + ": " + m.project();
  }

  private static String icon(Message m) {
    if (m.test()) {
      return ":white_check_mark:";
    }
    return switch (m.transition()) {
      case RESOLVED -> ":large_green_circle:";
      case ESCALATED -> ":rotating_light:";
      case OPENED ->
          switch (m.incident().severity()) {
            case CRITICAL -> ":red_circle:";
            case WARN -> ":large_orange_circle:";
            case INFO -> ":large_blue_circle:";
          };
    };
  }

  private static void section(ArrayNode blocks, String mrkdwn) {
    blocks
        .addObject()
        .put("type", "section")
        .putObject("text")
        .put("type", "mrkdwn")
        .put("text", cut(mrkdwn, 3000));
  }

  private static void field(ArrayNode fields, String name, String value) {
    fields.addObject().put("type", "mrkdwn").put("text", "*" + name + "*\n" + esc(value));
  }

  /** Slack's mrkdwn control characters. */
  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
