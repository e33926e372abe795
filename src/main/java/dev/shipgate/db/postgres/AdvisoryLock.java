package dev.shipgate.db.postgres;

import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.Interruption;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DbEvents;
import dev.shipgate.db.LockTimeoutException;
import dev.shipgate.db.MigrationLock;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A session-level advisory lock keyed on the current schema. Session level, not transaction level:
 * it is held across the one-transaction-per-file run and released when the session ends, so a
 * crashed or killed run never leaves it behind. Once taken, the session's application_name says who
 * took it and when, which is what waiting runs print.
 */
final class AdvisoryLock implements MigrationLock {
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

  private final Connection connection;
  private final long key;

  private AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static AdvisoryLock acquire(Connection c, Duration timeout, Events events)
      throws SQLException, LockTimeoutException {
    long key = key(schema(c));
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    long nextReport = started;
    String holder = "another session";
    while (true) {
      if (tryLock(c, key)) {
        label(c);
        return new AdvisoryLock(c, key);
      }
      long now = System.nanoTime();
      holder = holder(c, key);
      if (now >= deadline) {
        throw new LockTimeoutException(holder, Duration.ofNanos(now - started));
      }
      if (now >= nextReport) {
        events.emit(new DbEvents.LockWaiting(holder, Duration.ofNanos(now - started), timeout));
        nextReport = now + REPORT_EVERY.toNanos();
      }
      sleep(Math.min(POLL.toNanos(), deadline - now));
    }
  }

  @Override
  public boolean exclusive() {
    return true;
  }

  @Override
  public void close() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      ps.setLong(1, key);
      ps.execute();
      Interruption.note("released the migration lock");
    } catch (SQLException e) {
      // the session is gone, and with it the lock
      Interruption.note("closed its session, and with it the migration lock");
    }
  }

  private static boolean tryLock(Connection c, long key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** "pid 4242 (application_name '...', session started ..., state idle)". */
  private static String holder(Connection c, long key) throws SQLException {
    String sql =
        "SELECT a.pid, a.application_name, a.backend_start, a.state FROM pg_locks l"
            + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory'"
            + " AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ?"
            + " AND l.objsubid = 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "another session (it just released it)";
        }
        java.sql.Timestamp since = rs.getTimestamp(3);
        return "pid "
            + rs.getInt(1)
            + " (application_name '"
            + rs.getString(2)
            + "', session started "
            + (since == null ? "?" : since.toInstant().truncatedTo(ChronoUnit.SECONDS))
            + ", state "
            + rs.getString(4)
            + ")"
            + gone(rs.getString(2), rs.getInt(1));
      }
    }
  }

  /** Marks this session as the holder: who and since when, for runs that wait on it. */
  private static void label(Connection c) throws SQLException {
    String name =
        "shipgate migrate "
            + ProcessHandle.current().pid()
            + "@"
            + host()
            + " locked "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().substring(11);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT set_config('application_name', ?, false)")) {
      ps.setString(1, PostgresDatabase.truncate(name));
      ps.execute();
    }
  }

  private static String host() {
    String h = System.getenv("HOSTNAME");
    if (h == null || h.isBlank()) {
      try {
        h = InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException e) {
        h = "localhost";
      }
    }
    return h.length() > 20 ? h.substring(0, 20) : h;
  }

  private static String schema(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(current_schema(), '')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  static long key(String schema) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(("shipgate:migrate:" + schema).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(d).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long nanos) {
    try {
      Thread.sleep(Duration.ofNanos(Math.max(1_000_000, nanos)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ShipgateException(
          ErrorCode.INTERRUPTED, "interrupted while waiting for the migration lock");
    }
  }

  /**
   * "; its shipgate process N no longer exists ..." when the holder's label names a shipgate
   * process on this host that is gone: its session outlived it, most often a statement still
   * running on the server.
   */
  static String gone(String applicationName, int backendPid) {
    var m =
        java.util.regex.Pattern.compile("shipgate migrate (\\d+)@(\\S+) locked")
            .matcher(applicationName == null ? "" : applicationName);
    if (!m.find() || !m.group(2).equals(host())) {
      return "";
    }
    long pid = Long.parseLong(m.group(1));
    if (pid == ProcessHandle.current().pid()
        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return "";
    }
    return "; its shipgate process "
        + pid
        + " no longer exists on this host, but its session is still open (a statement still"
        + " running?): end it with SELECT pg_terminate_backend("
        + backendPid
        + ")";
  }
}
