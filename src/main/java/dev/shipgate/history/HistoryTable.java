package dev.shipgate.history;

import dev.shipgate.db.Database;
import dev.shipgate.db.DbSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shipgate_schema_history}: one row per applied file (version, name, SHA-256 checksum,
 * applied_at, duration_ms, success, applied_by), plus the rank it was written in, its kind and a
 * whitespace-insensitive checksum. A unique index on the version of versioned rows makes applying a
 * version twice impossible even if two runners raced past every other guard.
 */
public final class HistoryTable {
  public static final String NAME = "shipgate_schema_history";

  private static final String COLUMNS =
      "installed_rank, version, name, kind, checksum, ws_checksum, applied_at, duration_ms,"
          + " success, applied_by";

  private HistoryTable() {}

  public static boolean exists(DbSession s) throws SQLException {
    return exists(s, NAME);
  }

  /** Whether the history table {@code table} exists (shipgate's own store uses its own table). */
  public static boolean exists(DbSession s, String table) throws SQLException {
    return s.catalog().table(table).isPresent();
  }

  public static void create(DbSession s) throws SQLException {
    create(s, NAME);
  }

  public static void create(DbSession s, String table) throws SQLException {
    Database db = s.database();
    try (Statement st = s.connection().createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS "
              + table
              + " ("
              + db.identityColumn("installed_rank")
              + ", version VARCHAR(100), name VARCHAR(1000) NOT NULL, kind VARCHAR(20) NOT NULL,"
              + " checksum CHAR(64) NOT NULL, ws_checksum CHAR(64) NOT NULL, applied_at "
              + db.timestampColumn()
              + ", duration_ms BIGINT NOT NULL, success BOOLEAN NOT NULL,"
              + " applied_by VARCHAR(200) NOT NULL)");
      st.execute(
          "CREATE UNIQUE INDEX IF NOT EXISTS "
              + table
              + "_version ON "
              + table
              + " (version) WHERE kind <> 'repeatable'");
    }
  }

  public static List<HistoryRow> read(Connection c) throws SQLException {
    return read(c, NAME);
  }

  public static List<HistoryRow> read(Connection c, String table) throws SQLException {
    List<HistoryRow> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY installed_rank")) {
      while (rs.next()) {
        rows.add(
            new HistoryRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getBoolean(9),
                rs.getString(10)));
      }
    }
    return rows;
  }

  /** Inserts a row into {@code table} and returns its rank. */
  public static long insert(
      Connection c,
      String table,
      String version,
      String name,
      String kind,
      String checksum,
      String wsChecksum,
      long durationMs,
      boolean success,
      String appliedBy)
      throws SQLException {
    String sql =
        "INSERT INTO "
            + table
            + " (version, name, kind, checksum, ws_checksum, duration_ms, success, applied_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, version);
      ps.setString(2, name);
      ps.setString(3, kind);
      ps.setString(4, checksum);
      ps.setString(5, wsChecksum);
      ps.setLong(6, durationMs);
      ps.setBoolean(7, success);
      ps.setString(8, appliedBy);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : -1;
      }
    }
  }

  public static void markSucceeded(Connection c, String table, long rank, long durationMs)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE " + table + " SET success = ?, duration_ms = ? WHERE installed_rank = ?")) {
      ps.setBoolean(1, true);
      ps.setLong(2, durationMs);
      ps.setLong(3, rank);
      ps.executeUpdate();
    }
  }

  /**
   * Whether another run already recorded this version (or this exact repeatable content): the
   * re-check a runner without an exclusive lock makes inside its transaction.
   */
  public static boolean recorded(
      Connection c, String table, String version, String name, String checksum)
      throws SQLException {
    String sql =
        version != null
            ? "SELECT 1 FROM " + table + " WHERE version = ? AND kind <> 'repeatable'"
            : "SELECT 1 FROM "
                + table
                + " WHERE name = ? AND checksum = ? AND installed_rank ="
                + " (SELECT max(installed_rank) FROM "
                + table
                + " WHERE name = ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (version != null) {
        ps.setString(1, version);
      } else {
        ps.setString(1, name);
        ps.setString(2, checksum);
        ps.setString(3, name);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
