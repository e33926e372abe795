package dev.shipgate.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shipgate.core.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL over {@code incident}, {@code incident_event} and {@code notify_outbox}: one statement
 * per method, the same text on SQLite and PostgreSQL, no transaction handling (callers run inside
 * {@code Store.write}). Times are epoch milliseconds.
 */
final class IncidentTables {
  static final String COLUMNS =
      "id, incident_key, severity, category, summary, details, status, opened_at, updated_at,"
          + " resolved_at, resolution_notes, repeat_count, opened_count, deploy_id, trace_id";

  private IncidentTables() {}

  static Optional<Incident> open(Connection c, String key) throws SQLException {
    return one(
        c, "SELECT " + COLUMNS + " FROM incident WHERE incident_key = ? AND status = 'OPEN'", key);
  }

  static List<Incident> openWithPrefix(Connection c, String prefix) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM incident WHERE status = 'OPEN' AND substr(incident_key, 1, ?) = ?"
                + " ORDER BY id")) {
      ps.setInt(1, prefix.length());
      ps.setString(2, prefix);
      return all(ps);
    }
  }

  static Optional<Incident> byId(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM incident WHERE id = ?")) {
      ps.setLong(1, id);
      return first(ps);
    }
  }

  /** The key's incident resolved most recently at or after {@code since}. */
  static Optional<Incident> resolvedSince(Connection c, String key, Instant since)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM incident WHERE incident_key = ? AND status = 'RESOLVED'"
                + " AND resolved_at >= ? ORDER BY resolved_at DESC, id DESC LIMIT 1")) {
      ps.setString(1, key);
      ps.setLong(2, since.toEpochMilli());
      return first(ps);
    }
  }

  /**
   * Inserts a new open incident and returns its id; empty when another writer opened one for the
   * key first (the unique index on open keys decides; the caller then updates that one).
   */
  static Optional<Long> insertOpen(Connection c, Detection d, JsonNode details, Instant now)
      throws SQLException {
    String sql =
        "INSERT INTO incident (incident_key, severity, category, summary, details, status,"
            + " opened_at, updated_at, repeat_count, opened_count, deploy_id, trace_id)"
            + " VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, 1, 1, ?, ?)"
            + " ON CONFLICT (incident_key) WHERE status = 'OPEN' DO NOTHING RETURNING id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, d.key());
      ps.setString(2, d.severity().name());
      ps.setString(3, d.category().name());
      ps.setString(4, d.summary());
      ps.setString(5, details.toString());
      ps.setLong(6, now.toEpochMilli());
      ps.setLong(7, now.toEpochMilli());
      ps.setString(8, d.deployId());
      ps.setString(9, d.traceId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** Another event on an open incident; {@code detection} bumps the repeat count. */
  static void touch(
      Connection c, long id, boolean detection, Severity severity, JsonNode details, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incident SET repeat_count = repeat_count + ?, severity = ?, updated_at = ?,"
                + " details = ? WHERE id = ?")) {
      ps.setInt(1, detection ? 1 : 0);
      ps.setString(2, severity.name());
      ps.setLong(3, now.toEpochMilli());
      ps.setString(4, details.toString());
      ps.setLong(5, id);
      ps.executeUpdate();
    }
  }

  /** Reopens a resolved incident; false when another writer changed it first. */
  static boolean reopen(Connection c, long id, Severity severity, JsonNode details, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incident SET status = 'OPEN', resolved_at = NULL, resolution_notes = NULL,"
                + " repeat_count = repeat_count + 1, opened_count = opened_count + 1,"
                + " severity = ?, details = ?, updated_at = ? WHERE id = ? AND status = 'RESOLVED'")) {
      ps.setString(1, severity.name());
      ps.setString(2, details.toString());
      ps.setLong(3, now.toEpochMilli());
      ps.setLong(4, id);
      return ps.executeUpdate() == 1;
    }
  }

  /** Resolves an open incident; false when it is not open. */
  static boolean resolve(Connection c, long id, String notes, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE incident SET status = 'RESOLVED', resolved_at = ?, resolution_notes = ?,"
                + " updated_at = ? WHERE id = ? AND status = 'OPEN'")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setString(2, notes);
      ps.setLong(3, now.toEpochMilli());
      ps.setLong(4, id);
      return ps.executeUpdate() == 1;
    }
  }

  static long event(
      Connection c, long incidentId, Instant at, EventType type, String message, JsonNode metadata)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_event (incident_id, at, type, message, metadata)"
                + " VALUES (?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, incidentId);
      ps.setLong(2, at.toEpochMilli());
      ps.setString(3, type.name());
      ps.setString(4, message);
      ps.setString(5, metadata.toString());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : -1;
      }
    }
  }

  /** The outbox row of a transition; a second one for the same opening is ignored. */
  static void outbox(Connection c, long incidentId, int openedCount, Transition t, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO notify_outbox (incident_id, opened_count, transition, created_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setLong(1, incidentId);
      ps.setInt(2, openedCount);
      ps.setString(3, t.name());
      ps.setLong(4, now.toEpochMilli());
      ps.executeUpdate();
    }
  }

  static List<Incident> list(Connection c, IncidentQuery q, Instant now) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM incident WHERE 1 = 1");
    if (q.openOnly()) {
      sql.append(" AND status = 'OPEN'");
    }
    if (q.since() != null) {
      sql.append(" AND updated_at >= ?");
    }
    sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ?");
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      if (q.since() != null) {
        ps.setLong(i++, now.minus(q.since()).toEpochMilli());
      }
      ps.setInt(i, q.limit());
      return all(ps);
    }
  }

  static List<IncidentEvent> events(Connection c, long incidentId, int lastN) throws SQLException {
    String sql =
        lastN > 0
            ? "SELECT id, incident_id, at, type, message, metadata FROM (SELECT * FROM"
                + " incident_event WHERE incident_id = ? ORDER BY id DESC LIMIT ?) e ORDER BY id"
            : "SELECT id, incident_id, at, type, message, metadata FROM incident_event"
                + " WHERE incident_id = ? ORDER BY id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, incidentId);
      if (lastN > 0) {
        ps.setInt(2, lastN);
      }
      List<IncidentEvent> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new IncidentEvent(
                  rs.getLong(1),
                  rs.getLong(2),
                  Instant.ofEpochMilli(rs.getLong(3)),
                  EventType.valueOf(rs.getString(4)),
                  rs.getString(5),
                  json(rs.getString(6))));
        }
      }
      return out;
    }
  }

  static List<Delivery> deliveries(Connection c, long incidentId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT o.id, o.transition, d.destination, d.delivery_id, d.status, d.attempts,"
                + " d.last_error, d.delivered_at FROM notify_delivery d JOIN notify_outbox o"
                + " ON o.id = d.outbox_id WHERE o.incident_id = ? ORDER BY o.id, d.destination")) {
      ps.setLong(1, incidentId);
      List<Delivery> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long at = rs.getLong(8);
          boolean never = rs.wasNull();
          out.add(
              new Delivery(
                  rs.getLong(1),
                  Transition.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getString(7),
                  never ? null : Instant.ofEpochMilli(at)));
        }
      }
      return out;
    }
  }

  /** Deletes resolved incidents older than {@code cutoff} with everything that hangs off them. */
  static int prune(Connection c, Instant cutoff) throws SQLException {
    String old = "SELECT id FROM incident WHERE status = 'RESOLVED' AND resolved_at < ?";
    String[] deletes = {
      "DELETE FROM notify_delivery WHERE outbox_id IN"
          + " (SELECT id FROM notify_outbox WHERE incident_id IN ("
          + old
          + "))",
      "DELETE FROM notify_outbox WHERE incident_id IN (" + old + ")",
      "DELETE FROM notify_thread WHERE incident_id IN (" + old + ")",
      "DELETE FROM incident_event WHERE incident_id IN (" + old + ")",
      "DELETE FROM incident WHERE status = 'RESOLVED' AND resolved_at < ?"
    };
    int incidents = 0;
    for (String sql : deletes) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, cutoff.toEpochMilli());
        incidents = ps.executeUpdate();
      }
    }
    return incidents;
  }

  private static Optional<Incident> one(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      return first(ps);
    }
  }

  private static Optional<Incident> first(PreparedStatement ps) throws SQLException {
    List<Incident> all = all(ps);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static List<Incident> all(PreparedStatement ps) throws SQLException {
    List<Incident> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(incident(rs));
      }
    }
    return out;
  }

  static Incident incident(ResultSet rs) throws SQLException {
    long resolved = rs.getLong(10);
    boolean resolvedNull = rs.wasNull();
    return new Incident(
        rs.getLong(1),
        rs.getString(2),
        Severity.valueOf(rs.getString(3)),
        Category.valueOf(rs.getString(4)),
        rs.getString(5),
        json(rs.getString(6)),
        IncidentStatus.valueOf(rs.getString(7)),
        Instant.ofEpochMilli(rs.getLong(8)),
        Instant.ofEpochMilli(rs.getLong(9)),
        resolvedNull ? null : Instant.ofEpochMilli(resolved),
        rs.getString(11),
        rs.getInt(12),
        rs.getInt(13),
        rs.getString(14),
        rs.getString(15));
  }

  static JsonNode json(String text) {
    if (text == null || text.isEmpty()) {
      return JsonNodeFactory.instance.objectNode();
    }
    try {
      return Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      return JsonNodeFactory.instance.textNode(text);
    }
  }
}
