package dev.shipgate.probe.agent;

import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpReply;
import dev.shipgate.probe.ResponseJudge;
import dev.shipgate.probe.Verdict;
import java.util.Collection;
import java.util.Map;

/**
 * Reads an agent's health document: {@code tools} (an array; a count is accepted too) must be
 * non-empty and {@code backendConnected} (default true) must be true for a PASS; otherwise the
 * agent is reachable but DEGRADED.
 */
final class AgentHealthJudge implements ResponseJudge {
  static final String NO_TOOLS = "no tools registered";
  static final String NO_BACKEND = "backend not connected";

  @Override
  public Verdict judge(HttpReply reply) {
    if (!(reply.json() instanceof Map<?, ?> doc)) {
      return Verdict.fail(
          FailureReason.ASSERTION,
          "HTTP " + reply.status() + " but the health body is not a JSON object");
    }
    int tools = toolCount(doc.get("tools"));
    boolean backend = backendConnected(doc.get("backendConnected"));
    String toolText = tools == 1 ? "1 tool" : tools + " tools";
    if (tools == 0 && !backend) {
      return Verdict.degraded(
          FailureReason.ASSERTION, "reachable, but " + NO_TOOLS + " and " + NO_BACKEND);
    }
    if (tools == 0) {
      return Verdict.degraded(FailureReason.ASSERTION, "reachable, but " + NO_TOOLS);
    }
    if (!backend) {
      return Verdict.degraded(
          FailureReason.ASSERTION, "reachable with " + toolText + ", but " + NO_BACKEND);
    }
    return Verdict.pass(toolText + ", backend connected");
  }

  private static int toolCount(Object tools) {
    if (tools instanceof Collection<?> c) {
      return c.size();
    }
    if (tools instanceof Number n) {
      return Math.max(0, n.intValue());
    }
    return 0;
  }

  private static boolean backendConnected(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    return "true".equalsIgnoreCase(String.valueOf(value).strip());
  }
}
