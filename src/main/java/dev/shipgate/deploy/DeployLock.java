package dev.shipgate.deploy;

import dev.shipgate.store.Store;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The deploy lock: one row per project in the store's {@code deploy_lock} table (owner, start,
 * heartbeat, expiry). On PostgreSQL the row is guarded by a session advisory lock as well, so two
 * hosts never deploy at once and a holder whose session died has let go. A row whose holder is dead
 * (same host, pid gone) or whose heartbeat expired is taken over, and the result says so.
 */
public final class DeployLock {
  /** Who holds (or wants) the lock. */
  public record Owner(
      String runId,
      String host,
      long pid,
      String user,
      Instant startedAt,
      Instant heartbeatAt,
      Instant expiresAt) {}

  /** Why a previous holder's row was taken over. */
  public enum Stale {
    /** Its process is gone (same host). */
    DEAD,
    /** Its heartbeat is older than the expiry. */
    EXPIRED,
    /** PostgreSQL: its session, and with it the advisory lock, is gone. */
    SESSION_ENDED
  }

  /** The outcome of one attempt. */
  public sealed interface Attempt {}

  /** Taken; {@code previous} is the stale holder it replaced, if any. */
  public record Acquired(Owner owner, Optional<Owner> previous, Stale why) implements Attempt {}

  /** Held by someone else (who, when known). */
  public record Held(Optional<Owner> holder) implements Attempt {}

  private final Store store;
  private final String name;
  private final Clock clock;
  private final Duration expiry;

  public DeployLock(Store store, String name, Clock clock, Duration expiry) {
    this.store = store;
    this.name = name;
    this.clock = clock;
    this.expiry = expiry;
  }

  /** This process as an owner for run {@code runId}. */
  public Owner me(String runId) {
    Instant now = clock.instant();
    return new Owner(
        runId,
        host(),
        ProcessHandle.current().pid(),
        System.getProperty("user.name", "unknown"),
        now,
        now,
        now.plus(expiry));
  }

  public Attempt tryAcquire(Owner me) {
    if (store.isPostgres() && !store.read(c -> advisory(c, "pg_try_advisory_lock"))) {
      return new Held(status());
    }
    Attempt a = store.write(c -> acquire(c, me));
    if (a instanceof Held && store.isPostgres()) {
      store.read(c -> advisory(c, "pg_advisory_unlock"));
    }
    return a;
  }

  private Attempt acquire(Connection c, Owner me) throws SQLException {
    Optional<Owner> current = select(c);
    Stale why = null;
    if (current.isPresent()) {
      Owner h = current.get();
      if (h.runId().equals(me.runId())) {
        return new Acquired(h, Optional.empty(), null);
      }
      why = staleness(h);
      if (why == null) {
        return new Held(current);
      }
      try (PreparedStatement d =
          c.prepareStatement("DELETE FROM deploy_lock WHERE lock_name = ?")) {
        d.setString(1, name);
        d.executeUpdate();
      }
    }
    try (PreparedStatement i =
        c.prepareStatement(
            "INSERT INTO deploy_lock (lock_name, run_id, host, pid, user_name, started_at,"
                + " heartbeat_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      i.setString(1, name);
      i.setString(2, me.runId());
      i.setString(3, me.host());
      i.setLong(4, me.pid());
      i.setString(5, me.user());
      i.setLong(6, me.startedAt().toEpochMilli());
      i.setLong(7, me.heartbeatAt().toEpochMilli());
      i.setLong(8, me.expiresAt().toEpochMilli());
      i.executeUpdate();
    }
    return new Acquired(me, current, why);
  }

  /** Null when the holder is alive and fresh. */
  private Stale staleness(Owner h) {
    if (store.isPostgres()) {
      return Stale.SESSION_ENDED; // we hold the advisory lock, so its holder's session is gone
    }
    if (h.host().equals(host()) && ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true)) {
      return Stale.DEAD;
    }
    if (h.expiresAt().isBefore(clock.instant())) {
      return Stale.EXPIRED;
    }
    return null;
  }

  /** Extends the expiry; false when the row is no longer ours (taken over). */
  public boolean heartbeat(String runId) {
    Instant now = clock.instant();
    return store.write(
        c -> {
          try (PreparedStatement u =
              c.prepareStatement(
                  "UPDATE deploy_lock SET heartbeat_at = ?, expires_at = ? WHERE lock_name = ? AND"
                      + " run_id = ?")) {
            u.setLong(1, now.toEpochMilli());
            u.setLong(2, now.plus(expiry).toEpochMilli());
            u.setString(3, name);
            u.setString(4, runId);
            return u.executeUpdate() == 1;
          }
        });
  }

  /** Releases the lock if {@code runId} holds it; true when it did. */
  public boolean release(String runId) {
    boolean released = store.write(c -> delete(c, runId));
    if (store.isPostgres()) {
      store.read(c -> advisory(c, "pg_advisory_unlock"));
    }
    return released;
  }

  /** Releases whoever holds it ({@code deploy lock release}); the holder, if there was one. */
  public Optional<Owner> forceRelease() {
    return store.write(
        c -> {
          Optional<Owner> h = select(c);
          if (h.isPresent()) {
            delete(c, h.get().runId());
          }
          return h;
        });
  }

  public Optional<Owner> status() {
    return store.read(this::select);
  }

  /** Whether the holder would be taken over by the next deploy (dead or expired). */
  public Optional<Stale> staleness(Owner h, boolean sessionGone) {
    if (sessionGone) {
      return Optional.of(Stale.SESSION_ENDED);
    }
    return store.isPostgres() ? Optional.empty() : Optional.ofNullable(staleness(h));
  }

  /** PostgreSQL only: whether some session holds the advisory lock now. */
  public boolean advisoryHeld() {
    if (!store.isPostgres()) {
      return false;
    }
    if (store.read(c -> advisory(c, "pg_try_advisory_lock"))) {
      store.read(c -> advisory(c, "pg_advisory_unlock"));
      return false;
    }
    return true;
  }

  private boolean delete(Connection c, String runId) throws SQLException {
    try (PreparedStatement d =
        c.prepareStatement("DELETE FROM deploy_lock WHERE lock_name = ? AND run_id = ?")) {
      d.setString(1, name);
      d.setString(2, runId);
      return d.executeUpdate() == 1;
    }
  }

  private Optional<Owner> select(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT run_id, host, pid, user_name, started_at, heartbeat_at, expires_at FROM"
                + " deploy_lock WHERE lock_name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Owner(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)),
                Instant.ofEpochMilli(rs.getLong(6)),
                Instant.ofEpochMilli(rs.getLong(7))));
      }
    }
  }

  private boolean advisory(Connection c, String function) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + function + "(?)")) {
      s.setLong(1, key());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** A stable 64-bit advisory key from the lock name. */
  private long key() {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(("shipgate-deploy:" + name).getBytes(StandardCharsets.UTF_8));
      long k = 0;
      for (int i = 0; i < 8; i++) {
        k = (k << 8) | (h[i] & 0xff);
      }
      return k;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** This machine's name (as the lock row records it). */
  public static String host() {
    try {
      java.nio.file.Path proc = java.nio.file.Path.of("/proc/sys/kernel/hostname");
      if (java.nio.file.Files.isReadable(proc)) {
        String h = java.nio.file.Files.readString(proc).strip();
        if (!h.isEmpty()) {
          return h;
        }
      }
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "localhost";
    }
  }
}
