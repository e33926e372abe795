package dev.shipgate.incidents.notify;

import dev.shipgate.incidents.Transition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL over {@code notify_delivery} and {@code notify_thread}: one row per (outbox row,
 * destination) with its delivery id, created when a command with that destination first sees the
 * outbox row; claimed before sending so two commands never send the same row at once.
 */
final class Deliveries {
  /** Outbox rows older than this get no delivery row for a destination added later. */
  static final Duration NEW_DESTINATION_HORIZON = Duration.ofHours(24);

  private Deliveries() {}

  /** A delivery that is due. */
  record Due(
      long id,
      long outboxId,
      String destination,
      String deliveryId,
      int attempts,
      long incidentId,
      Transition transition,
      Instant transitionAt) {}

  /** Creates the missing delivery rows of recent outbox rows for {@code destinations}. */
  static void ensure(Connection c, Collection<String> destinations, Instant now)
      throws SQLException {
    for (String dest : destinations) {
      List<long[]> missing = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT o.id, o.created_at FROM notify_outbox o WHERE o.created_at >= ? AND NOT"
                  + " EXISTS (SELECT 1 FROM notify_delivery d WHERE d.outbox_id = o.id AND"
                  + " d.destination = ?) ORDER BY o.id")) {
        ps.setLong(1, now.minus(NEW_DESTINATION_HORIZON).toEpochMilli());
        ps.setString(2, dest);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            missing.add(new long[] {rs.getLong(1), rs.getLong(2)});
          }
        }
      }
      for (long[] row : missing) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO notify_delivery (outbox_id, destination, delivery_id, status,"
                    + " attempts, next_attempt_at, claimed_until) VALUES (?, ?, ?, 'PENDING', 0,"
                    + " ?, 0) ON CONFLICT DO NOTHING")) {
          ps.setLong(1, row[0]);
          ps.setString(2, dest);
          ps.setString(3, UUID.randomUUID().toString());
          ps.setLong(4, row[1]);
          ps.executeUpdate();
        }
      }
    }
  }

  /**
   * Pending deliveries due now, oldest first, for {@code destinations}; a delivery waits while an
   * earlier one of the same incident to the same destination is pending (order per incident).
   */
  static List<Due> due(Connection c, Collection<String> destinations, Instant now, int limit)
      throws SQLException {
    String in = String.join(", ", destinations.stream().map(d -> "?").toList());
    String sql =
        "SELECT d.id, d.outbox_id, d.destination, d.delivery_id, d.attempts, o.incident_id,"
            + " o.transition, o.created_at FROM notify_delivery d JOIN notify_outbox o ON o.id ="
            + " d.outbox_id WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND"
            + " d.claimed_until < ? AND d.destination IN ("
            + in
            + ") AND NOT EXISTS (SELECT 1 FROM notify_delivery d2 JOIN notify_outbox o2 ON o2.id"
            + " = d2.outbox_id WHERE o2.incident_id = o.incident_id AND d2.destination ="
            + " d.destination AND d2.status = 'PENDING' AND o2.id < o.id) ORDER BY o.id, d.id"
            + " LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setLong(i++, now.toEpochMilli());
      ps.setLong(i++, now.toEpochMilli());
      for (String d : destinations) {
        ps.setString(i++, d);
      }
      ps.setInt(i, limit);
      List<Due> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Due(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getLong(6),
                  Transition.valueOf(rs.getString(7)),
                  Instant.ofEpochMilli(rs.getLong(8))));
        }
      }
      return out;
    }
  }

  /** Claims a due delivery until {@code until}; false when another command holds or sent it. */
  static boolean claim(Connection c, long id, Instant now, Instant until) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE notify_delivery SET claimed_until = ? WHERE id = ? AND status = 'PENDING'"
                + " AND claimed_until < ?")) {
      ps.setLong(1, until.toEpochMilli());
      ps.setLong(2, id);
      ps.setLong(3, now.toEpochMilli());
      return ps.executeUpdate() == 1;
    }
  }

  static void delivered(Connection c, long id, int attempts, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE notify_delivery SET status = 'DELIVERED', attempts = attempts + ?,"
                + " delivered_at = ?, claimed_until = 0, last_error = NULL WHERE id = ?")) {
      ps.setInt(1, attempts);
      ps.setLong(2, now.toEpochMilli());
      ps.setLong(3, id);
      ps.executeUpdate();
    }
  }

  /**
   * Records {@code attempts} failed attempts: retried at {@code next}, or given up when {@code
   * status} is FAILED.
   */
  static void failed(Connection c, long id, int attempts, String status, Instant next, String error)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE notify_delivery SET status = ?, attempts = attempts + ?, next_attempt_at = ?,"
                + " claimed_until = 0, last_error = ? WHERE id = ?")) {
      ps.setString(1, status);
      ps.setInt(2, attempts);
      ps.setLong(3, next.toEpochMilli());
      ps.setString(4, error.length() > 500 ? error.substring(0, 500) : error);
      ps.setLong(5, id);
      ps.executeUpdate();
    }
  }

  /** Gives a claimed delivery back without counting an attempt (deferred, e.g. rate limit). */
  static void release(Connection c, long id, Instant next) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE notify_delivery SET claimed_until = 0, next_attempt_at = ? WHERE id = ?")) {
      ps.setLong(1, next.toEpochMilli());
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  static Optional<String> thread(Connection c, long incidentId, String destination)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT ref FROM notify_thread WHERE incident_id = ? AND destination = ?")) {
      ps.setLong(1, incidentId);
      ps.setString(2, destination);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void saveThread(Connection c, long incidentId, String destination, String ref)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO notify_thread (incident_id, destination, ref) VALUES (?, ?, ?)"
                + " ON CONFLICT (incident_id, destination) DO UPDATE SET ref = excluded.ref")) {
      ps.setLong(1, incidentId);
      ps.setString(2, destination);
      ps.setString(3, ref);
      ps.executeUpdate();
    }
  }

  static void dropThread(Connection c, long incidentId, String destination) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM notify_thread WHERE incident_id = ? AND destination = ?")) {
      ps.setLong(1, incidentId);
      ps.setString(2, destination);
      ps.executeUpdate();
    }
  }
}
