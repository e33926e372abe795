package dev.shipgate.workflow.monitor;

import dev.shipgate.core.Event;
import dev.shipgate.core.Events;
import dev.shipgate.logs.ErrorReporter;
import dev.shipgate.logs.JsonLog;
import dev.shipgate.logs.LogLevel;
import dev.shipgate.monitor.Observation;
import dev.shipgate.monitor.TargetState;
import dev.shipgate.monitor.TargetStatus;
import dev.shipgate.recovery.RecoveryEvents;
import dev.shipgate.recovery.RecoveryOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The monitor's events as JSON lines ({@code logs/monitor.jsonl}): one line per state change,
 * incident, recovery step, round, store problem and internal error (which also goes to Sentry).
 * Every event is then passed on to {@code next} (the CLI's live text).
 */
public final class MonitorLog implements Events {
  private final JsonLog log;
  private final ErrorReporter errors;
  private final Events next;
  private volatile String traceId;

  public MonitorLog(JsonLog log, ErrorReporter errors, Events next) {
    this.log = log;
    this.errors = errors;
    this.next = next;
  }

  @Override
  public void emit(Event event) {
    try {
      write(event);
    } catch (RuntimeException e) {
      errors.capture(e, "monitor.log");
    }
    next.emit(event);
  }

  private void write(Event event) {
    switch (event) {
      case MonitorEvents.Started s -> {
        traceId = s.traceId();
        log.write(
            LogLevel.INFO,
            "monitor.started",
            "monitoring " + String.join(", ", s.targets()),
            fields("targets", String.join(",", s.targets())));
      }
      case MonitorEvents.StateChanged c -> {
        TargetStatus s = c.status();
        Observation o = s.last();
        LogLevel level =
            switch (s.state()) {
              case DOWN -> LogLevel.ERROR;
              case DEGRADED, SUPPRESSED -> LogLevel.WARN;
              default -> LogLevel.INFO;
            };
        Map<String, Object> f = fields("target", s.target());
        f.put("kind", s.kind());
        f.put("state", s.state().name());
        f.put("previous", s.previous().name());
        f.put("reason", o == null ? null : o.reason());
        f.put("detail", o == null || o.detail().isEmpty() ? null : o.detail());
        f.put("failures", s.failures());
        f.put("rootCause", s.rootCause());
        log.write(
            level,
            "target.state",
            s.target()
                + " "
                + s.previous()
                + " -> "
                + s.state()
                + (s.state() == TargetState.SUPPRESSED
                    ? " (root cause: " + s.rootCause() + ")"
                    : ""),
            f);
      }
      case MonitorEvents.RoundDone r -> {
        Map<String, Object> f = fields("round", r.round());
        f.put("up", r.up());
        f.put("degraded", r.degraded());
        f.put("down", r.down());
        f.put("suppressed", r.suppressed());
        f.put("tookMs", r.tookMs());
        log.write(LogLevel.DEBUG, "round.done", null, f);
      }
      case MonitorEvents.IncidentOpened i -> {
        Map<String, Object> f = fields("target", i.target());
        f.put("incidentId", i.incidentId());
        f.put("key", i.key());
        log.write(
            LogLevel.ERROR,
            "incident.detected",
            "incident " + i.incidentId() + " for " + i.target(),
            f);
      }
      case MonitorEvents.IncidentResolved i -> {
        Map<String, Object> f = fields("target", i.target());
        f.put("incidentId", i.incidentId());
        f.put("key", i.key());
        log.write(
            LogLevel.INFO, "incident.resolved", "incident " + i.incidentId() + " resolved", f);
      }
      case MonitorEvents.Recovery r -> {
        RecoveryOutcome o = r.outcome();
        Map<String, Object> f = fields("target", o.target());
        f.put("status", o.status().name());
        f.put("action", o.action());
        f.put("reason", o.detail());
        f.put("attemptsInWindow", o.attemptsInWindow());
        f.put("maxAttempts", o.maxAttempts());
        f.put("nextAllowedAt", o.nextAllowedAt() == null ? null : o.nextAllowedAt().toString());
        f.put("holder", o.holder());
        LogLevel level =
            switch (o.status()) {
              case SUCCEEDED -> LogLevel.INFO;
              case FAILED, ESCALATED -> LogLevel.ERROR;
              case RATE_LIMITED, EXHAUSTED, LOCKED -> LogLevel.DEBUG;
              default -> LogLevel.WARN;
            };
        log.write(
            level,
            "recovery." + o.status().name().toLowerCase(java.util.Locale.ROOT),
            o.target() + ": " + o.detail(),
            f);
      }
      case RecoveryEvents.Attempted a -> {
        Map<String, Object> f = fields("target", a.target());
        f.put("action", a.action());
        f.put("attempt", a.number());
        f.put("maxAttempts", a.maxAttempts());
        log.write(LogLevel.WARN, "recovery.attempted", "recovering " + a.target(), f);
      }
      case RecoveryEvents.Output o ->
          log.write(LogLevel.DEBUG, "recovery.output", o.line(), fields("target", o.target()));
      case MonitorEvents.StoreProblem p ->
          log.write(LogLevel.WARN, "store.problem", p.message(), fields("reason", "STORE"));
      case MonitorEvents.InternalError e -> {
        errors.capture(e.error(), e.where());
        Map<String, Object> f = fields("where", e.where());
        f.put("error", e.error().getClass().getName());
        log.write(LogLevel.ERROR, "internal.error", String.valueOf(e.error().getMessage()), f);
      }
      case MonitorEvents.SafeShutdown s -> {
        Map<String, Object> f = fields("reason", s.reason());
        f.put(
            "stopped",
            s.stopped().stream().map(MonitorReport.Stopped::service).toList().toString());
        log.write(LogLevel.ERROR, "monitor.safe_shutdown", s.reason(), f);
      }
      case MonitorEvents.Stopping s ->
          log.write(
              LogLevel.INFO,
              "monitor.stopped",
              "stopped after " + s.rounds() + " rounds",
              fields("rounds", s.rounds()));
      default -> {}
    }
  }

  private Map<String, Object> fields(String key, Object value) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put(key, value);
    f.put("traceId", traceId);
    return f;
  }
}
