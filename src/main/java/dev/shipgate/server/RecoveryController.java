package dev.shipgate.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.recovery.RecoveryOutcome;
import dev.shipgate.recovery.RecoveryStats;
import dev.shipgate.recovery.RecoveryStatus;
import dev.shipgate.workflow.health.RecoveryDesk;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code POST /health/recover} (admin): the monitor's recovery for what is failing now, under the
 * same lock and budget; 429 with {@code Retry-After} when nothing ran because the budget is spent
 * or it is too soon. {@code GET /health/recovery-stats}: the lock, and each target's attempts and
 * budget left.
 */
final class RecoveryController {
  private static final Set<RecoveryStatus> BUDGET =
      EnumSet.of(
          RecoveryStatus.RATE_LIMITED,
          RecoveryStatus.DEFERRED,
          RecoveryStatus.ESCALATED,
          RecoveryStatus.EXHAUSTED);

  private final ServerContext server;

  RecoveryController(ServerContext server) {
    this.server = server;
  }

  Reply recover(Context ctx) {
    RecoveryDesk desk = server.recovery();
    if (desk == null) {
      return Reply.json(
          200,
          Json.object()
              .put("configured", false)
              .put("note", "no recovery configured (monitor.targets.<name>.recover)"));
    }
    RecoveryDesk.Recovered r;
    try {
      r = desk.recover(server.refresher().snapshot(), ctx.queryParam("target"));
    } catch (ShipgateException e) {
      return Reply.error(503, "recovery store unavailable: " + e.getMessage());
    }
    ObjectNode o = Json.object();
    o.put("configured", true);
    ArrayNode failing = o.putArray("failing");
    r.failing().forEach(failing::add);
    ArrayNode attempts = o.putArray("attempts");
    r.outcomes().forEach(x -> attempts.add(outcome(x)));
    boolean ran = r.outcomes().stream().anyMatch(x -> x.status().ran());
    boolean budget = r.outcomes().stream().anyMatch(x -> BUDGET.contains(x.status()));
    if (!ran && budget) {
      Instant next =
          r.outcomes().stream()
              .map(RecoveryOutcome::nextAllowedAt)
              .filter(java.util.Objects::nonNull)
              .min(Instant::compareTo)
              .orElse(null);
      Reply limited = Reply.json(429, o);
      if (next != null) {
        long s = Math.max(1, Duration.between(server.clock().instant(), next).toSeconds());
        limited = limited.withHeader("Retry-After", Long.toString(s));
      }
      return limited;
    }
    return Reply.json(200, o);
  }

  Reply stats(Context ctx) {
    RecoveryDesk desk = server.recovery();
    if (desk == null) {
      ObjectNode o = Json.object().put("configured", false);
      o.putNull("lock");
      o.putArray("targets");
      return Reply.json(200, o);
    }
    try {
      return Reply.json(200, stats(desk.stats()));
    } catch (ShipgateException e) {
      return Reply.error(503, "recovery store unavailable: " + e.getMessage());
    }
  }

  static ObjectNode stats(RecoveryStats s) {
    ObjectNode o = Json.object();
    o.put("configured", true);
    o.put("at", s.at().toString());
    ObjectNode lock = o.putObject("lock");
    lock.put("kind", s.lock().kind());
    lock.put("held", s.lock().held());
    lock.put("holder", s.lock().holder());
    lock.put("target", s.lock().target());
    lock.put("since", time(s.lock().since()));
    ArrayNode targets = o.putArray("targets");
    for (RecoveryStats.TargetStats t : s.targets()) {
      ObjectNode n = targets.addObject();
      n.put("target", t.target());
      n.put("action", t.action());
      n.put("attemptsInWindow", t.attemptsInWindow());
      n.put("maxAttempts", t.maxAttempts());
      n.put("budgetLeft", Math.max(0, t.maxAttempts() - t.attemptsInWindow()));
      n.put("windowMs", t.window().toMillis());
      n.put("minIntervalMs", t.minInterval().toMillis());
      n.put("consecutiveFailures", t.consecutiveFailures());
      n.put("lastAttemptAt", time(t.lastAttemptAt()));
      n.put("lastStatus", t.lastStatus());
      n.put("lastDetail", t.lastDetail());
      n.put("nextAllowedAt", time(t.nextAllowedAt()));
      n.put("escalatedAt", time(t.escalatedAt()));
      n.put("totalAttempts", t.totalAttempts());
      n.put("succeeded", t.succeeded());
      n.put("failed", t.failed());
    }
    return o;
  }

  static ObjectNode outcome(RecoveryOutcome x) {
    ObjectNode n = Json.object();
    n.put("target", x.target());
    n.put("status", x.status().name());
    n.put("action", x.action());
    n.put("detail", x.detail());
    n.put("at", time(x.at()));
    n.put("durationMs", x.durationMs());
    n.put("attemptsInWindow", x.attemptsInWindow());
    n.put("maxAttempts", x.maxAttempts());
    n.put("nextAllowedAt", time(x.nextAllowedAt()));
    return n;
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
