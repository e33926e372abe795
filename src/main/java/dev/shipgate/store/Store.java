package dev.shipgate.store;

import dev.shipgate.config.ConnectConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.Database;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An open store: one connection, used by one thread at a time (on SQLite that is the one writer of
 * this process; other processes wait for the file's write lock up to the busy timeout). {@link
 * #write} runs a unit of work in one transaction ({@code BEGIN IMMEDIATE} on SQLite) and retries it
 * when it lost a race that the database reports as a conflict: a unique violation or serialization
 * failure on PostgreSQL, a busy file on SQLite.
 */
public final class Store implements AutoCloseable {
  /** How long a SQLite writer waits for another process's write lock. */
  public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(15);

  /** SQLSTATE of a serialization failure: work may throw it to be retried (it lost a race). */
  public static final String CONFLICT = "40001";

  private static final int ATTEMPTS = 8;
  private static final ConnectConfig CONNECT =
      new ConnectConfig(3, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(5));

  private final DbSession session;
  private final ReentrantLock lock = new ReentrantLock();

  /** One unit of work over the store's connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private Store(DbSession session) {
    this.session = session;
  }

  /**
   * The store URL from {@code store:} (a relative SQLite path resolves against the config file's
   * directory).
   *
   * @throws ShipgateException 78 naming the key when it is not a database URL shipgate reads
   */
  public static DatabaseUrl url(ShipgateConfig config) {
    try {
      return DatabaseUrl.parse(config.store().reveal(), config.source().baseDir());
    } catch (IllegalArgumentException e) {
      throw ShipgateException.config(
          config.source().where("store") + ": 'store': " + e.getMessage());
    }
  }

  /**
   * Connects, sets SQLite to WAL with a busy timeout, and brings the schema up to date with {@code
   * runner}.
   *
   * @throws ShipgateException exit 1 when the store cannot be opened (the URL shown redacted)
   */
  public static Store open(DatabaseUrl url, StoreSchema.Runner runner) {
    OpenOptions options = new OpenOptions(CONNECT.timeout(), BUSY_TIMEOUT, true, "shipgate store");
    DbSession session;
    try {
      session = Connector.connect(url, CONNECT, options, line -> {});
    } catch (ShipgateException e) {
      throw e.withMessage("cannot open the incident store: " + e.getMessage());
    }
    try {
      if (url.kind().equals("sqlite")) {
        try (Statement st = session.connection().createStatement()) {
          st.execute("PRAGMA journal_mode=WAL");
          st.execute("PRAGMA synchronous=NORMAL");
        }
      }
      StoreSchema.ensure(session, runner);
      return new Store(session);
    } catch (SQLException e) {
      session.close();
      throw failure(url, e);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  public DatabaseUrl url() {
    return session.url();
  }

  public Database database() {
    return session.database();
  }

  public boolean isPostgres() {
    return session.url().kind().equals("postgresql");
  }

  /** Runs {@code work} in one transaction, retried when it lost a race; returns its result. */
  public <T> T write(Work<T> work) {
    lock.lock();
    try {
      Database db = session.database();
      Connection c = session.connection();
      SQLException last = null;
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
          db.begin(c);
          T result = work.run(c);
          db.commit(c);
          return result;
        } catch (SQLException e) {
          db.rollback(c);
          last = e;
          if (!isConflict(e)) {
            break;
          }
          pause(attempt);
        } catch (RuntimeException e) {
          db.rollback(c);
          throw e;
        }
      }
      throw failure(session.url(), last);
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} outside a transaction (each statement sees committed data). */
  public <T> T read(Work<T> work) {
    lock.lock();
    try {
      return work.run(session.connection());
    } catch (SQLException e) {
      throw failure(session.url(), e);
    } finally {
      lock.unlock();
    }
  }

  private boolean isConflict(SQLException e) {
    String state = e.getSQLState();
    if (CONFLICT.equals(state)) {
      return true;
    }
    if (isPostgres()) {
      return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state);
    }
    String m = e.getMessage();
    return m != null && (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED"));
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(200, 5L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ShipgateException(ErrorCode.INTERRUPTED, "interrupted while writing the store");
    }
  }

  private static ShipgateException failure(DatabaseUrl url, SQLException e) {
    return new ShipgateException(
        ErrorCode.DB_QUERY_FAILED,
        "incident store "
            + url.redacted()
            + ": "
            + Connector.reason(e, url)
            + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")"),
        e);
  }

  @Override
  public void close() {
    session.close();
  }
}
