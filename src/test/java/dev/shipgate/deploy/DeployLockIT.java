package dev.shipgate.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.store.Store;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.MutableClock;
import dev.shipgate.workflow.incidents.StoreMigration;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deploy lock over real stores: SQLite files and an embedded PostgreSQL. */
class DeployLockIT {
  @TempDir Path tmp;

  private Store sqlite() {
    return Store.open(
        DatabaseUrl.parse("sqlite:" + tmp.resolve("store.db"), tmp), StoreMigration.INSTANCE);
  }

  @Test
  void aSecondRunIsRefusedNamingTheHolderUntilTheFirstReleases() {
    try (Store a = sqlite();
        Store b = sqlite()) {
      DeployLock la =
          new DeployLock(a, "shop/deploy", java.time.Clock.systemUTC(), Duration.ofMinutes(1));
      DeployLock lb =
          new DeployLock(b, "shop/deploy", java.time.Clock.systemUTC(), Duration.ofMinutes(1));
      assertThat(la.tryAcquire(la.me("run-a"))).isInstanceOf(DeployLock.Acquired.class);
      DeployLock.Attempt second = lb.tryAcquire(lb.me("run-b"));
      assertThat(second).isInstanceOf(DeployLock.Held.class);
      assertThat(((DeployLock.Held) second).holder().get().runId()).isEqualTo("run-a");
      assertThat(la.release("run-a")).isTrue();
      assertThat(lb.tryAcquire(lb.me("run-b"))).isInstanceOf(DeployLock.Acquired.class);
    }
  }

  @Test
  void aLockWhoseHeartbeatExpiredIsTakenOverWithTheReason() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (Store a = sqlite()) {
      DeployLock lock = new DeployLock(a, "shop/deploy", clock, Duration.ofSeconds(30));
      DeployLock.Owner self = lock.me("run-a");
      // a holder on another host (its pid cannot be checked), last heartbeat at t0
      DeployLock.Owner remote =
          new DeployLock.Owner(
              "run-a",
              "other-host",
              1,
              "ci",
              self.startedAt(),
              self.heartbeatAt(),
              self.expiresAt());
      assertThat(lock.tryAcquire(remote)).isInstanceOf(DeployLock.Acquired.class);
      clock.advance(Duration.ofSeconds(10));
      assertThat(lock.tryAcquire(lock.me("run-b"))).isInstanceOf(DeployLock.Held.class);
      clock.advance(Duration.ofSeconds(31));
      DeployLock.Attempt taken = lock.tryAcquire(lock.me("run-b"));
      assertThat(taken).isInstanceOf(DeployLock.Acquired.class);
      DeployLock.Acquired got = (DeployLock.Acquired) taken;
      assertThat(got.why()).isEqualTo(DeployLock.Stale.EXPIRED);
      assertThat(got.previous().get().runId()).isEqualTo("run-a");
    }
  }

  @Test
  void onPostgresTheAdvisoryLockKeepsASecondSessionOutAndEndsWithTheHoldersSession() {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    DatabaseUrl url = DatabaseUrl.parse(db.url(), tmp);
    Store a = Store.open(url, StoreMigration.INSTANCE);
    try (Store b = Store.open(url, StoreMigration.INSTANCE)) {
      DeployLock la =
          new DeployLock(a, "shop/deploy", java.time.Clock.systemUTC(), Duration.ofHours(1));
      DeployLock lb =
          new DeployLock(b, "shop/deploy", java.time.Clock.systemUTC(), Duration.ofHours(1));
      assertThat(la.tryAcquire(la.me("run-a"))).isInstanceOf(DeployLock.Acquired.class);
      DeployLock.Attempt held = lb.tryAcquire(lb.me("run-b"));
      assertThat(held).isInstanceOf(DeployLock.Held.class);
      assertThat(((DeployLock.Held) held).holder().get().runId()).isEqualTo("run-a");
      assertThat(lb.advisoryHeld()).isTrue();
      int holderPid = a.read(c -> intOf(c, "select pg_backend_pid()"));
      a.close(); // the holder's session ends without releasing: like a host that died
      // closing a connection only sends Terminate: the server ends the backend (and frees its
      // advisory lock) a moment later, so wait for the condition, not for a time
      awaitBackendGone(b, holderPid);
      DeployLock.Attempt taken = lb.tryAcquire(lb.me("run-b"));
      assertThat(taken).isInstanceOf(DeployLock.Acquired.class);
      assertThat(((DeployLock.Acquired) taken).why()).isEqualTo(DeployLock.Stale.SESSION_ENDED);
      assertThat(((DeployLock.Acquired) taken).previous().get().runId()).isEqualTo("run-a");
    }
  }

  private static int intOf(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void awaitBackendGone(Store store, int pid) {
    long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (store.read(c -> intOf(c, "select count(*) from pg_stat_activity where pid = " + pid))
        > 0) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("backend " + pid + " still running 60 s after its client closed");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
