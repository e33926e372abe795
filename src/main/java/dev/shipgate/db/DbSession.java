package dev.shipgate.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * An open connection with what was learnt while opening it. Closing it closes the connection (and
 * so releases any session lock).
 */
public record DbSession(
    Database database, DatabaseUrl url, Connection connection, ServerInfo server, int attempts)
    implements AutoCloseable {

  /** Average round trip of {@code pings} trivial queries. */
  public Duration latency(int pings) throws SQLException {
    long total = 0;
    try (Statement st = connection.createStatement()) {
      for (int i = 0; i < pings; i++) {
        long t0 = System.nanoTime();
        st.execute("SELECT 1");
        total += System.nanoTime() - t0;
      }
    }
    return Duration.ofNanos(total / Math.max(1, pings));
  }

  public Catalog catalog() {
    return database.catalog(connection);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing a broken connection: nothing left to release
    }
  }
}
