package dev.shipgate.recovery;

import dev.shipgate.config.RecoveryBudgetConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateVersion;
import dev.shipgate.store.Store;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bounded recovery over the store: {@link #attempt} runs a target's action if the restarter lock is
 * free and the target's budget allows it, and records the attempt; {@link #stats} reads the lock
 * and every budget. Thread-safe (the lock and the store serialise what must be serialised); the
 * store stays the caller's to close.
 *
 * <pre>{@code
 * RecoveryEngine engine = RecoveryEngine.open(store, targets, redactor, clock, events, "serve");
 * RecoveryOutcome o = engine.attempt("tunnel");   // SUCCEEDED, FAILED, RATE_LIMITED, LOCKED, ...
 * RecoveryStats s = engine.stats();               // lock holder, attempts per window, next allowed
 * }</pre>
 */
public final class RecoveryEngine implements AutoCloseable {
  private final Store store;
  private final Map<String, RecoveryTarget> targets;
  private final Clock clock;
  private final Events events;
  private final String holder;
  private final RestarterLock lock;
  private final ActionRunner runner;

  private RecoveryEngine(
      Store store,
      List<RecoveryTarget> targets,
      Redactor redactor,
      Clock clock,
      Events events,
      String holder,
      RestarterLock lock) {
    this.store = store;
    Map<String, RecoveryTarget> byName = new LinkedHashMap<>();
    targets.forEach(t -> byName.put(t.name(), t));
    this.targets = Map.copyOf(byName);
    this.clock = clock;
    this.events = events;
    this.holder = holder;
    this.lock = lock;
    this.runner = new ActionRunner(redactor, events, "shipgate/" + ShipgateVersion.get());
  }

  /**
   * An engine over an open store (its schema must include the recovery tables: open it with {@code
   * workflow.incidents.Incidents} or {@code Store.open(url, StoreMigration.INSTANCE)}).
   *
   * @param label who this engine is for ({@code monitor}, {@code serve}); part of the holder id
   */
  public static RecoveryEngine open(
      Store store,
      List<RecoveryTarget> targets,
      Redactor redactor,
      Clock clock,
      Events events,
      String label) {
    return new RecoveryEngine(
        store, targets, redactor, clock, events, holderId(label), RestarterLocks.forStore(store));
  }

  /** {@code host:pid label}: who holds the lock, as stats show it. */
  public static String holderId(String label) {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "localhost";
      }
    }
    return host + ":" + ProcessHandle.current().pid() + (label == null ? "" : " " + label);
  }

  public String holder() {
    return holder;
  }

  /** The names of the targets this engine can recover, in the order given. */
  public Set<String> targets() {
    return targets.keySet();
  }

  /**
   * Runs {@code target}'s action once if the lock is free and the budget allows it. Never throws
   * for a failing action: the outcome says what happened.
   *
   * @throws dev.shipgate.core.ShipgateException when the store cannot be read or written
   */
  public RecoveryOutcome attempt(String target) {
    Instant now = clock.instant();
    RecoveryTarget t = targets.get(target);
    if (t == null) {
      return refused(
          target,
          RecoveryStatus.UNKNOWN_TARGET,
          null,
          "no recoverable target named "
              + target
              + "; known: "
              + String.join(", ", targets.keySet()),
          now,
          0,
          0,
          null);
    }
    RecoveryBudgetConfig budget = t.budget();
    String kind = t.action().kind();
    Optional<RestarterLock.Lease> lease = lock.tryAcquire(holder, target, now);
    if (lease.isEmpty()) {
      RecoveryStats.LockView v = lock.view();
      String who = v.holder() == null ? "another restarter" : v.holder();
      return new RecoveryOutcome(
          target,
          RecoveryStatus.LOCKED,
          kind,
          who + " holds the restarter lock" + (v.target() == null ? "" : " for " + v.target()),
          now,
          0,
          0,
          budget.maxAttempts(),
          null,
          v.holder());
    }
    try (RestarterLock.Lease held = lease.get()) {
      return run(t, now);
    }
  }

  private record Claim(long id, BudgetRule.Decision decision, BudgetState state) {}

  private RecoveryOutcome run(RecoveryTarget t, Instant now) {
    String name = t.name();
    RecoveryBudgetConfig budget = t.budget();
    String kind = t.action().kind();
    Claim claim =
        store.write(
            c -> {
              BudgetState s = Ledger.state(c, name, now, budget.window());
              BudgetRule.Decision d = BudgetRule.decide(s, budget, now);
              if (d.status() == RecoveryStatus.ESCALATED) {
                Ledger.saveState(c, name, s.consecutiveFailures(), s.notBefore(), now, now);
              }
              long id = d.allowed() ? Ledger.begin(c, name, kind, holder, now) : -1;
              return new Claim(id, d, s);
            });
    int counted = claim.state().attemptsInWindow();
    if (!claim.decision().allowed()) {
      if (claim.decision().status() == RecoveryStatus.ESCALATED) {
        events.emit(new RecoveryEvents.Escalated(name, counted, budget.window()));
      }
      return refused(
          name,
          claim.decision().status(),
          kind,
          claim.decision().detail(),
          now,
          counted,
          budget.maxAttempts(),
          claim.decision().nextAllowedAt());
    }
    int number = counted + 1;
    events.emit(new RecoveryEvents.Attempted(name, kind, number, budget.maxAttempts()));
    ActionRunner.Result r = runner.run(name, t.action(), now);
    Instant end = clock.instant();
    if (r.deferred()) {
      Instant notBefore = end.plus(r.retryAfter());
      store.write(
          c -> {
            Ledger.finish(c, claim.id(), "DEFERRED", r.detail(), end);
            Ledger.saveState(c, name, claim.state().consecutiveFailures(), notBefore, null, end);
            return null;
          });
      events.emit(new RecoveryEvents.Deferred(name, notBefore));
      return new RecoveryOutcome(
          name,
          RecoveryStatus.DEFERRED,
          kind,
          r.detail(),
          now,
          r.took().toMillis(),
          counted,
          budget.maxAttempts(),
          notBefore,
          holder);
    }
    int failures = r.ok() ? 0 : claim.state().consecutiveFailures() + 1;
    store.write(
        c -> {
          Ledger.finish(c, claim.id(), r.ok() ? "SUCCEEDED" : "FAILED", r.detail(), end);
          Ledger.saveState(c, name, failures, null, null, end);
          return null;
        });
    if (r.ok()) {
      events.emit(new RecoveryEvents.Succeeded(name, kind, r.took()));
    } else {
      events.emit(new RecoveryEvents.Failed(name, kind, r.detail(), r.took()));
    }
    Instant next = BudgetRule.nextAfter(budget, now, failures);
    return new RecoveryOutcome(
        name,
        r.ok() ? RecoveryStatus.SUCCEEDED : RecoveryStatus.FAILED,
        kind,
        r.detail(),
        now,
        r.took().toMillis(),
        number,
        budget.maxAttempts(),
        next,
        holder);
  }

  private RecoveryOutcome refused(
      String target,
      RecoveryStatus status,
      String kind,
      String detail,
      Instant now,
      int counted,
      int max,
      Instant next) {
    return new RecoveryOutcome(target, status, kind, detail, now, 0, counted, max, next, holder);
  }

  /**
   * The target is healthy again: its failures in a row, a pending Retry-After and its escalation
   * are cleared (attempts stay in the window). Returns whether it had escalated.
   */
  public boolean reset(String target) {
    Instant now = clock.instant();
    return store.write(
        c -> {
          BudgetState s = Ledger.state(c, target, now, Duration.ZERO);
          boolean dirty =
              s.consecutiveFailures() > 0 || s.notBefore() != null || s.escalatedAt() != null;
          if (dirty) {
            Ledger.saveState(c, target, 0, null, null, now);
          }
          return s.escalatedAt() != null;
        });
  }

  /** The lock and every target's budget, now. */
  public RecoveryStats stats() {
    Instant now = clock.instant();
    RecoveryStats.LockView view = lock.view();
    List<RecoveryStats.TargetStats> out = new ArrayList<>();
    for (RecoveryTarget t : targets.values()) {
      RecoveryBudgetConfig b = t.budget();
      out.add(
          store.read(
              c -> {
                BudgetState s = Ledger.state(c, t.name(), now, b.window());
                Optional<Ledger.Last> last = Ledger.last(c, t.name());
                long[] totals = Ledger.totals(c, t.name());
                BudgetRule.Decision d = BudgetRule.decide(s, b, now);
                return new RecoveryStats.TargetStats(
                    t.name(),
                    t.action().kind(),
                    s.attemptsInWindow(),
                    b.maxAttempts(),
                    b.window(),
                    b.minInterval(),
                    s.consecutiveFailures(),
                    last.map(Ledger.Last::at).orElse(null),
                    last.map(Ledger.Last::status).orElse(null),
                    last.map(Ledger.Last::detail).orElse(null),
                    d.nextAllowedAt(),
                    s.escalatedAt(),
                    totals[0],
                    totals[1],
                    totals[2]);
              }));
    }
    return new RecoveryStats(now, view, List.copyOf(out));
  }

  @Override
  public void close() {
    runner.close();
    lock.close();
  }
}
