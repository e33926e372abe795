package dev.shipgate.probe.agent;

import dev.shipgate.probe.ProbeResult;

/**
 * The three facts of an agent's health as the seed's {@code /internal/agents/health} reports them:
 * it answered, it has tools registered, it can call its backend. Read from the agent probe's
 * result, whose degraded details this package writes.
 */
public record AgentFacts(boolean reachable, boolean toolsRegistered, boolean canCallBackend) {
  public static AgentFacts of(ProbeResult r) {
    return switch (r.status()) {
      case PASS -> new AgentFacts(true, true, true);
      case DEGRADED ->
          new AgentFacts(
              true,
              !r.detail().contains(AgentHealthJudge.NO_TOOLS),
              !r.detail().contains(AgentHealthJudge.NO_BACKEND));
      case FAIL, SKIP -> new AgentFacts(r.httpStatus() != null, false, false);
    };
  }
}
