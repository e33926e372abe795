package dev.shipgate.workflow.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.incidents.Detection;
import dev.shipgate.incidents.EventType;
import dev.shipgate.incidents.IncidentService;
import dev.shipgate.incidents.RecordResult;
import dev.shipgate.incidents.Severity;
import dev.shipgate.monitor.MonitorState;
import dev.shipgate.monitor.Observation;
import dev.shipgate.monitor.RoundResult;
import dev.shipgate.monitor.Schedule;
import dev.shipgate.monitor.TargetPolicy;
import dev.shipgate.monitor.TargetState;
import dev.shipgate.monitor.TargetStatus;
import dev.shipgate.recovery.RecoveryEngine;
import dev.shipgate.recovery.RecoveryOutcome;
import dev.shipgate.recovery.RecoveryStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code shipgate monitor}: rounds of checks on a schedule, states with hysteresis and
 * dependencies, one incident per root cause (opened when a target goes DOWN, resolved when it is UP
 * again, notified through the outbox), bounded recovery of DOWN targets, and safe shutdown. Rounds
 * run on the injected clock: tests call {@link #round()} and move the clock; {@link #run} waits
 * between rounds and stops at once when asked.
 */
public final class MonitorLoop implements AutoCloseable {
  private final ShipgateConfig config;
  private final Map<String, MonitoredTarget> targets = new LinkedHashMap<>();
  private final IncidentService incidents;
  private final RecoveryEngine engine;
  private final Clock clock;
  private final Events events;
  private final boolean once;
  private final Checker checker;
  private final MonitorState state;
  private final Schedule schedule;
  private final String project;
  private final Instant startedAt;
  private final Set<String> resolvedOnce = new HashSet<>();
  private final List<RecoveryOutcome> recoveries = new ArrayList<>();
  private int rounds;
  private int opened;
  private int resolved;
  private RoundResult last;
  private MonitorReport.Shutdown shutdown;

  private MonitorLoop(
      ShipgateConfig config,
      List<MonitoredTarget> list,
      Redactor redactor,
      IncidentService incidents,
      RecoveryEngine engine,
      Clock clock,
      Events events,
      boolean once,
      String project) {
    this.config = config;
    list.forEach(t -> targets.put(t.name(), t));
    this.incidents = incidents;
    this.engine = engine;
    this.clock = clock;
    this.events = events;
    this.once = once;
    this.project = project;
    this.startedAt = clock.instant();
    List<TargetPolicy> policies = new ArrayList<>();
    for (MonitoredTarget t : list) {
      TargetPolicy p = t.policy();
      // one round cannot wait for hysteresis: --once judges each check as it is, like `check`
      policies.add(
          once
              ? new TargetPolicy(
                  p.name(), p.kind(), p.interval(), 1, 1, p.optional(), p.dependsOn())
              : p);
    }
    try {
      this.state =
          new MonitorState(
              policies, startedAt, once ? Duration.ZERO : config.monitor().startupGrace());
    } catch (IllegalArgumentException e) {
      throw ShipgateException.config(config.source().where("monitor") + ": " + e.getMessage());
    }
    this.schedule = new Schedule(policies, startedAt);
    this.checker = new Checker(redactor);
  }

  /**
   * A loop over the config's targets.
   *
   * @param incidents where incidents go; null with {@code once} (one round records nothing)
   * @param engine the recovery engine; null with {@code once}
   * @throws ShipgateException 78 for a target mistake, 66/78 when there is nothing to monitor
   */
  public static MonitorLoop create(
      ShipgateConfig config,
      Redactor redactor,
      IncidentService incidents,
      RecoveryEngine engine,
      Clock clock,
      Events events,
      boolean once,
      String project) {
    List<MonitoredTarget> list = MonitorTargets.of(config);
    if (list.isEmpty()) {
      throw nothing(config);
    }
    return new MonitorLoop(config, list, redactor, incidents, engine, clock, events, once, project);
  }

  private static ShipgateException nothing(ShipgateConfig config) {
    if (config.source().file().isEmpty()) {
      return ShipgateException.inputMissing(
          "nothing to monitor: no shipgate.yaml here; create one with database:, checks:,"
              + " services: or tunnel: (or pass -c FILE)");
    }
    return ShipgateException.config(
        config.source().file().get()
            + ": nothing to monitor; add database:, checks:, externals:, agents:, services: with"
            + " ready: checks, or tunnel: (see docs/monitor.md)");
  }

  public List<String> targetNames() {
    return List.copyOf(targets.keySet());
  }

  /** Runs one round and exits: the result of {@code --once}. */
  public MonitorReport once() {
    events.emit(new MonitorEvents.Started(targetNames(), checker.traceId()));
    round();
    return report(MonitorReport.Ending.ONCE);
  }

  /** Rounds until {@code stop} is asked for or safe shutdown ends the loop. */
  public MonitorReport run(StopSignal stop) {
    events.emit(new MonitorEvents.Started(targetNames(), checker.traceId()));
    while (!stop.stopped()) {
      round();
      if (shutdown != null) {
        return report(MonitorReport.Ending.SAFE_SHUTDOWN);
      }
      Duration wait = Duration.between(clock.instant(), schedule.nextDue());
      if (stop.await(wait)) {
        break;
      }
    }
    events.emit(new MonitorEvents.Stopping(rounds));
    return report(MonitorReport.Ending.STOPPED);
  }

  /** Whether safe shutdown has happened (the loop must end, exit 1). */
  public boolean shutDown() {
    return shutdown != null;
  }

  public MonitorReport report(MonitorReport.Ending ending) {
    return new MonitorReport(
        shutdown != null ? MonitorReport.Ending.SAFE_SHUTDOWN : ending,
        startedAt,
        Duration.between(startedAt, clock.instant()).toMillis(),
        rounds,
        last,
        opened,
        resolved,
        List.copyOf(recoveries),
        shutdown);
  }

  /** Checks the targets due now and acts on what changed. */
  public RoundResult round() {
    long t0 = System.nanoTime();
    Instant at = clock.instant();
    List<MonitoredTarget> due = schedule.takeDue(at).stream().map(targets::get).toList();
    List<Observation> observations = checker.check(due);
    RoundResult r = state.apply(observations, at);
    rounds++;
    last = r;
    int up = 0;
    int degraded = 0;
    int down = 0;
    int suppressed = 0;
    Map<String, RecoveryOutcome> outcomes = new LinkedHashMap<>();
    for (TargetStatus s : r.targets()) {
      switch (s.state()) {
        case UP -> up++;
        case DEGRADED -> degraded++;
        case DOWN -> down++;
        case SUPPRESSED -> suppressed++;
        default -> {}
      }
      if (s.changed()) {
        events.emit(new MonitorEvents.StateChanged(s, checker.traceId()));
      }
      if (once) {
        continue;
      }
      try {
        act(s).ifPresent(o -> outcomes.put(s.target(), o));
      } catch (ShipgateException e) {
        events.emit(new MonitorEvents.StoreProblem(e.getMessage()));
      } catch (RuntimeException e) {
        events.emit(new MonitorEvents.InternalError("target " + s.target(), e));
      }
    }
    events.emit(
        new MonitorEvents.RoundDone(
            rounds, up, degraded, down, suppressed, (System.nanoTime() - t0) / 1_000_000));
    if (!once && config.monitor().shutdownOnPersistentFailure()) {
      maybeShutDown(r, outcomes);
    }
    return r;
  }

  private java.util.Optional<RecoveryOutcome> act(TargetStatus s) {
    MonitoredTarget t = targets.get(s.target());
    String key = key(s.target());
    if (s.state() == TargetState.DOWN) {
      if (s.previous() != TargetState.DOWN) {
        RecordResult rec = incidents.record(detection(t, s, key));
        opened++;
        events.emit(new MonitorEvents.IncidentOpened(s.target(), rec.incident().id(), key));
      }
      if (t.recovery() != null && engine != null && s.checked()) {
        RecoveryOutcome o = engine.attempt(s.target());
        events.emit(new MonitorEvents.Recovery(o));
        timeline(t, s, key, o);
        return java.util.Optional.of(o);
      }
    } else if (s.state() == TargetState.UP
        && (s.previous() == TargetState.DOWN
            || s.previous() == TargetState.SUPPRESSED
            || resolvedOnce.add(s.target()))) {
      // first UP after start, or back from DOWN: resolve what a monitor (maybe an earlier one)
      // opened
      incidents
          .resolveKey(key, s.target() + " is UP again")
          .ifPresent(
              res -> {
                resolved++;
                events.emit(
                    new MonitorEvents.IncidentResolved(s.target(), res.incident().id(), key));
              });
      if (t.recovery() != null && engine != null) {
        engine.reset(s.target());
      }
    }
    return java.util.Optional.empty();
  }

  private void timeline(MonitoredTarget t, TargetStatus s, String key, RecoveryOutcome o) {
    if (o.status().ran()) {
      recoveries.add(o);
      ObjectNode meta = meta(o);
      var open =
          incidents.record(
              detection(t, s, key)
                  .withEvent(
                      EventType.RECOVERY_ATTEMPTED,
                      "recovery attempt "
                          + o.attemptsInWindow()
                          + " of "
                          + o.maxAttempts()
                          + " ("
                          + o.action()
                          + ")"));
      long id = open.incident().id();
      incidents.appendEvent(
          id,
          o.status() == RecoveryStatus.SUCCEEDED
              ? EventType.RECOVERY_SUCCESS
              : EventType.RECOVERY_FAILED,
          o.action() + ": " + o.detail(),
          meta);
    } else if (o.status() == RecoveryStatus.ESCALATED) {
      recoveries.add(o);
      incidents.record(
          detection(t, s, key)
              .withEvent(
                  EventType.ESCALATED,
                  "recovery budget spent (" + o.attemptsInWindow() + " attempts): " + o.detail()));
    }
  }

  private static ObjectNode meta(RecoveryOutcome o) {
    ObjectNode m = Json.object();
    m.put("status", o.status().name());
    m.put("action", o.action());
    m.put("durationMs", o.durationMs());
    m.put("attemptsInWindow", o.attemptsInWindow());
    m.put("maxAttempts", o.maxAttempts());
    m.put("holder", o.holder());
    return m;
  }

  private Detection detection(MonitoredTarget t, TargetStatus s, String key) {
    Observation o = s.last();
    String reason = o == null || o.reason() == null ? "" : ": " + o.reason();
    String detail = o == null || o.detail().isBlank() ? "" : ": " + o.detail();
    ObjectNode d = Json.object();
    d.put("command", "monitor");
    d.put("target", t.name());
    d.put("kind", t.policy().kind());
    d.put("state", s.state().name());
    d.put("failures", s.failures());
    d.put("reason", o == null ? null : o.reason());
    d.put("detail", o == null ? null : o.detail());
    d.putPOJO("dependents", dependents(t.name()));
    d.put("next", "run shipgate monitor --once to see every target now");
    return Detection.of(
            key,
            Severity.CRITICAL,
            t.category(),
            t.policy().kind() + " " + t.name() + " is DOWN" + reason + detail,
            d)
        .withRun(null, checker.traceId());
  }

  private List<String> dependents(String name) {
    List<String> out = new ArrayList<>();
    for (MonitoredTarget t : targets.values()) {
      if (t.policy().dependsOn().contains(name)) {
        out.add(t.name());
      }
    }
    return out;
  }

  String key(String target) {
    return (project + "/monitor/" + target.replace('/', '_')).toLowerCase(Locale.ROOT);
  }

  private void maybeShutDown(RoundResult r, Map<String, RecoveryOutcome> outcomes) {
    MonitoredTarget db = targets.get(MonitorTargets.DATABASE);
    if (db == null || r.target(db.name()).state() != TargetState.DOWN) {
      return;
    }
    RecoveryOutcome o = outcomes.get(db.name());
    boolean spent =
        db.recovery() == null
            || (o != null
                && (o.status() == RecoveryStatus.ESCALATED
                    || o.status() == RecoveryStatus.EXHAUSTED));
    if (!spent) {
      return;
    }
    String reason =
        db.recovery() == null
            ? "the database is DOWN and has no recover: action"
            : "the database is DOWN and its recovery budget is spent";
    List<MonitorReport.Stopped> stopped = SafeShutdown.stopServices(config);
    Long id = null;
    try {
      ObjectNode d = Json.object();
      d.put("command", "monitor");
      d.put("reason", reason);
      d.putPOJO("stopped", stopped);
      d.put("next", "bring the database back, then start the services and shipgate monitor again");
      RecordResult rec =
          incidents.record(
              Detection.of(
                      key("safe-shutdown"),
                      Severity.CRITICAL,
                      db.category(),
                      "safe shutdown: " + reason + "; stopped " + stopped.size() + " service(s)",
                      d)
                  .withRun(null, checker.traceId()));
      id = rec.incident().id();
    } catch (ShipgateException e) {
      events.emit(new MonitorEvents.StoreProblem(e.getMessage()));
    }
    shutdown = new MonitorReport.Shutdown(reason, stopped, id);
    events.emit(new MonitorEvents.SafeShutdown(reason, stopped));
  }

  @Override
  public void close() {
    checker.close();
  }
}
