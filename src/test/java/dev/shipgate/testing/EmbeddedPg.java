package dev.shipgate.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded binaries, no Docker), and a fresh
 * database per test. The server trusts local connections, so URLs carry {@link #CANARY} as their
 * password: it is accepted and ignored by the server, and must never show up in any output.
 */
public final class EmbeddedPg {
  /** A password no output may ever contain. */
  public static final String CANARY = "canary-Pw-7f3a9";

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPg() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres s = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      s.close();
                    } catch (IOException e) {
                      // the JVM is exiting
                    }
                  }));
    }
    return server;
  }

  /** A new, empty database. */
  public static Db newDatabase() {
    String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Db(name, server().getPort());
  }

  /** A database of the embedded server. */
  public record Db(String name, int port) {
    /** libpq form with user and the canary password. */
    public String url() {
      return "postgres://postgres:" + CANARY + "@localhost:" + port + "/" + name;
    }

    public String jdbcUrl() {
      return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    public long count(String sql) {
      try (Connection c = connect();
          Statement st = c.createStatement();
          var rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    public void execute(String sql) {
      try (Connection c = connect();
          Statement st = c.createStatement()) {
        st.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
