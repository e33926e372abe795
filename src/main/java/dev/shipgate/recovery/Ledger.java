package dev.shipgate.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The recovery tables of the store (V3): attempts, per-target state, the lock holder row. */
final class Ledger {
  static final int DETAIL_MAX = 4000;

  private Ledger() {}

  static BudgetState state(Connection c, String target, Instant now, Duration window)
      throws SQLException {
    int count = 0;
    Instant last = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*), max(started_at) FROM recovery_attempt"
                + " WHERE target = ? AND status <> 'DEFERRED' AND started_at > ?")) {
      ps.setString(1, target);
      ps.setLong(2, now.minus(window).toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          count = rs.getInt(1);
          long m = rs.getLong(2);
          last = rs.wasNull() ? null : Instant.ofEpochMilli(m);
        }
      }
    }
    int failures = 0;
    Instant notBefore = null;
    Instant escalated = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT consecutive_failures, not_before, escalated_at FROM recovery_state"
                + " WHERE target = ?")) {
      ps.setString(1, target);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          failures = rs.getInt(1);
          notBefore = instant(rs, 2);
          escalated = instant(rs, 3);
        }
      }
    }
    return new BudgetState(count, last, failures, notBefore, escalated);
  }

  /** Inserts a RUNNING attempt and returns its id. */
  static long begin(Connection c, String target, String action, String holder, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO recovery_attempt (target, action, holder, started_at, status)"
                + " VALUES (?, ?, ?, ?, 'RUNNING') RETURNING id")) {
      ps.setString(1, target);
      ps.setString(2, action);
      ps.setString(3, cap(holder, 255));
      ps.setLong(4, at.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static void finish(Connection c, long id, String status, String detail, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE recovery_attempt SET status = ?, detail = ?, finished_at = ? WHERE id = ?")) {
      ps.setString(1, status);
      ps.setString(2, cap(detail, DETAIL_MAX));
      ps.setLong(3, at.toEpochMilli());
      ps.setLong(4, id);
      ps.executeUpdate();
    }
  }

  /** Writes the target's state row (insert or update). */
  static void saveState(
      Connection c,
      String target,
      int failures,
      Instant notBefore,
      Instant escalatedAt,
      Instant now)
      throws SQLException {
    int updated;
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE recovery_state SET consecutive_failures = ?, not_before = ?, escalated_at = ?,"
                + " updated_at = ? WHERE target = ?")) {
      bindState(ps, failures, notBefore, escalatedAt, now);
      ps.setString(5, target);
      updated = ps.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO recovery_state (consecutive_failures, not_before, escalated_at,"
                  + " updated_at, target) VALUES (?, ?, ?, ?, ?)")) {
        bindState(ps, failures, notBefore, escalatedAt, now);
        ps.setString(5, target);
        ps.executeUpdate();
      }
    }
  }

  /** The latest attempt of a target: status, detail, start. */
  record Last(String status, String detail, Instant at) {}

  static Optional<Last> last(Connection c, String target) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT status, detail, started_at FROM recovery_attempt WHERE target = ?"
                + " ORDER BY started_at DESC, id DESC LIMIT 1")) {
      ps.setString(1, target);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new Last(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
            : Optional.empty();
      }
    }
  }

  /** Totals of a target: all attempts, succeeded, failed. */
  static long[] totals(Connection c, String target) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*),"
                + " coalesce(sum(CASE WHEN status = 'SUCCEEDED' THEN 1 ELSE 0 END), 0),"
                + " coalesce(sum(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END), 0)"
                + " FROM recovery_attempt WHERE target = ? AND status <> 'DEFERRED'")) {
      ps.setString(1, target);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
      }
    }
  }

  static void putHolder(Connection c, String lock, String holder, String target, Instant since)
      throws SQLException {
    try (PreparedStatement del =
        c.prepareStatement("DELETE FROM recovery_holder WHERE lock_name = ?")) {
      del.setString(1, lock);
      del.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO recovery_holder (lock_name, holder, target, since) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, lock);
      ps.setString(2, cap(holder, 255));
      ps.setString(3, cap(target, 255));
      ps.setLong(4, since.toEpochMilli());
      ps.executeUpdate();
    }
  }

  static void clearHolder(Connection c, String lock, String holder) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM recovery_holder WHERE lock_name = ? AND holder = ?")) {
      ps.setString(1, lock);
      ps.setString(2, cap(holder, 255));
      ps.executeUpdate();
    }
  }

  /** The holder row: holder, target, since; empty when none. */
  static Optional<String[]> holder(Connection c, String lock) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT holder, target, since FROM recovery_holder WHERE lock_name = ?")) {
      ps.setString(1, lock);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            : Optional.empty();
      }
    }
  }

  private static void bindState(
      PreparedStatement ps, int failures, Instant notBefore, Instant escalatedAt, Instant now)
      throws SQLException {
    ps.setInt(1, failures);
    setInstant(ps, 2, notBefore);
    setInstant(ps, 3, escalatedAt);
    ps.setLong(4, now.toEpochMilli());
  }

  private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, t.toEpochMilli());
    }
  }

  private static Instant instant(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  static String cap(String s, int max) {
    if (s == null) {
      return null;
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
