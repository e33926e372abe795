package dev.shipgate.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One line of an incident's timeline (already redacted). */
public record IncidentEvent(
    long id, long incidentId, Instant at, EventType type, String message, JsonNode metadata) {}
