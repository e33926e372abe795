package dev.shipgate.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * What a caller records: a key and what it saw. Everything is redacted before it is written.
 *
 * @param key the dedup key (at most 255 characters), e.g. {@code shop/check/api}
 * @param event the timeline entry to append; DETECTED counts as a detection (repeat count)
 * @param message the event's line; null uses the summary
 * @param details JSON object about the incident (stored on the incident when it opens, and on each
 *     detection as the latest details)
 * @param metadata JSON object stored with the event
 * @param deployId the deploy run, or null
 * @param traceId the W3C trace id of the run, or null
 */
public record Detection(
    String key,
    Severity severity,
    Category category,
    String summary,
    EventType event,
    String message,
    JsonNode details,
    JsonNode metadata,
    String deployId,
    String traceId) {
  public static final int MAX_KEY = 255;

  public Detection {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("an incident key is required");
    }
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("an incident summary is required");
    }
    severity = severity == null ? Severity.WARN : severity;
    category = category == null ? Category.OTHER : category;
    event = event == null ? EventType.DETECTED : event;
    details = details == null ? JsonNodeFactory.instance.objectNode() : details;
    metadata = metadata == null ? JsonNodeFactory.instance.objectNode() : metadata;
  }

  /** A detection of {@code key}: the common case. */
  public static Detection of(
      String key, Severity severity, Category category, String summary, JsonNode details) {
    return new Detection(
        key, severity, category, summary, EventType.DETECTED, null, details, null, null, null);
  }

  public Detection withEvent(EventType type, String eventMessage) {
    return new Detection(
        key, severity, category, summary, type, eventMessage, details, metadata, deployId, traceId);
  }

  public Detection withRun(String deploy, String trace) {
    return new Detection(
        key, severity, category, summary, event, message, details, metadata, deploy, trace);
  }
}
