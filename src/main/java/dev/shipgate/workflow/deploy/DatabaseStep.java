package dev.shipgate.workflow.deploy;

import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Event;
import dev.shipgate.core.Failure;
import dev.shipgate.workflow.sentry.Sentry;
import dev.shipgate.workflow.sentry.SentryEvents;
import dev.shipgate.workflow.sentry.SentryReport;
import dev.shipgate.workflow.sentry.SentryStep;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

/**
 * DB_VALIDATE and MIGRATE_VERIFY are the sentry's steps, reused as they are: env and connect (retry
 * with backoff, server version, a latency baseline of 3 pings) make DB_VALIDATE; migrate (builtin
 * or the team's migrator, then status at head) and expectations ({@code database.expect}: required
 * tables, columns, indexes, row floors) make MIGRATE_VERIFY. One sentry run spans both phases: it
 * pauses before its migrate step until the deploy has opened MIGRATE_VERIFY, so each phase records
 * its own events and time.
 */
final class DatabaseStep {
  /** The sentry run shared by the two phases of one deploy. */
  static final class Shared {
    final CountDownLatch migrateReached = new CountDownLatch(1);
    final CountDownLatch migratePhaseOpen = new CountDownLatch(1);
    CompletableFuture<SentryReport> run;
  }

  private final RunState s;

  DatabaseStep(RunState s) {
    this.s = s;
  }

  /** Whether the config has a database at all (no {@code database.url} key: nothing to check). */
  private boolean configured() {
    var src = s.config.source();
    return s.config.database().url().isPresent()
        || !src.where("database", "url").equals(src.where());
  }

  PhaseStatus validate() {
    if (!configured()) {
      return PhaseStatus.SKIP;
    }
    Shared sh = new Shared();
    s.sentryRun = sh;
    sh.run =
        CompletableFuture.supplyAsync(
            () -> new Sentry(s.config, s.env, e -> relay(sh, e), s.clock).run(),
            r -> Thread.ofPlatform().daemon().name("shipgate-deploy-sentry").start(r));
    sh.run.whenComplete((r, t) -> sh.migrateReached.countDown());
    try {
      sh.migrateReached.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Deploy.PhaseFailed(
          new Failure(ErrorCode.INTERRUPTED, "interrupted while validating the database"));
    }
    if (sh.run.isDone()) {
      SentryReport r = join(sh);
      s.database = r;
      SentryStep failed = r.failedStep();
      if (failed != null) {
        throw new Deploy.PhaseFailed(r.failureOrNull());
      }
    }
    return PhaseStatus.PASS;
  }

  PhaseStatus migrate() {
    Shared sh = s.sentryRun;
    if (sh == null) {
      return PhaseStatus.SKIP;
    }
    sh.migratePhaseOpen.countDown();
    SentryReport r = join(sh);
    s.database = r;
    s.sentryRun = null;
    if (!r.ok()) {
      throw new Deploy.PhaseFailed(r.failureOrNull());
    }
    return PhaseStatus.PASS;
  }

  private void relay(Shared sh, Event e) {
    switch (e) {
      case SentryEvents.StepStarted st when st.name().equals("migrate") -> {
        sh.migrateReached.countDown();
        try {
          sh.migratePhaseOpen.await();
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      }
      case SentryEvents.StepFinished f -> {
        s.emit(new DeployEvents.DbStep(f.step().name(), f.step().ok(), f.step().durationMs()));
        if (f.step().name().equals("connect") && f.report().connection() != null) {
          var c = f.report().connection();
          s.emit(new DeployEvents.DbConnected(c.url(), c.product(), c.version(), c.latencyMs()));
        }
      }
      case SentryEvents.Started st -> {}
      case SentryEvents.StepStarted st -> {}
      default -> s.emit(e);
    }
  }

  private static SentryReport join(Shared sh) {
    try {
      return sh.run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Deploy.PhaseFailed(
          new Failure(ErrorCode.INTERRUPTED, "interrupted while migrating the database"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
