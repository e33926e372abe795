package dev.shipgate.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.agent.AgentFacts;
import dev.shipgate.probe.check.CheckReport;
import dev.shipgate.workflow.health.Condition;
import dev.shipgate.workflow.health.HealthSnapshot;
import dev.shipgate.workflow.health.HealthStatus;
import dev.shipgate.workflow.health.Sample;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /internal/agents/health}, in the post-deploy workflow's shape: {@code overall}, one entry
 * per agent with its three checks and response time, {@code timestamp}; 503 when any agent is
 * unhealthy or none has been checked yet.
 */
final class AgentsController {
  private final ServerContext server;

  AgentsController(ServerContext server) {
    this.server = server;
  }

  Reply health(Context ctx) {
    HealthSnapshot s = server.refresher().snapshot();
    Sample<CheckReport> p = s.probes();
    ObjectNode o = Json.object();
    List<ProbeResult> agents =
        p == null || p.value() == null
            ? List.of()
            : p.value().results().stream().filter(r -> r.kind() == ProbeKind.AGENT).toList();
    Condition overall =
        p != null && p.value() == null
            ? (p.isPending() ? Condition.PENDING : Condition.UNHEALTHY)
            : HealthStatus.of(agents);
    o.put("overall", overall == Condition.PENDING ? "unknown" : overall.id());
    ArrayNode a = o.putArray("agents");
    for (ProbeResult r : agents) {
      AgentFacts f = AgentFacts.of(r);
      ObjectNode n = a.addObject();
      n.put("agent", r.name());
      n.put("status", HealthStatus.of(r).id());
      ObjectNode checks = n.putObject("checks");
      checks.put("reachable", f.reachable());
      checks.put("toolsRegistered", f.toolsRegistered());
      checks.put("canCallBackend", f.canCallBackend());
      checks.put("responseTime", r.latencyMs());
      n.put("error", r.status().name().equals("PASS") ? null : r.detail());
    }
    o.put("checkedAt", p == null || p.checkedAt() == null ? null : p.checkedAt().toString());
    o.put("timestamp", s.now().toString());
    boolean bad = overall == Condition.UNHEALTHY || overall == Condition.PENDING;
    return Reply.json(bad ? 503 : 200, o);
  }
}
