package dev.shipgate.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One incident as stored (already redacted).
 *
 * @param key the dedup key: recording it again while open bumps this incident
 * @param details JSON given when it was opened (or last detected)
 * @param resolvedAt null while open
 * @param repeatCount how many times it was detected (1 when opened)
 * @param openedCount 1, plus one for each reopening
 * @param deployId the deploy run it belongs to, or null
 * @param traceId the W3C trace id of the run that opened it, or null
 */
public record Incident(
    long id,
    String key,
    Severity severity,
    Category category,
    String summary,
    JsonNode details,
    IncidentStatus status,
    Instant openedAt,
    Instant updatedAt,
    Instant resolvedAt,
    String resolutionNotes,
    int repeatCount,
    int openedCount,
    String deployId,
    String traceId) {

  public boolean isOpen() {
    return status == IncidentStatus.OPEN;
  }
}
