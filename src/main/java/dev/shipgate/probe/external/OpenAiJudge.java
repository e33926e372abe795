package dev.shipgate.probe.external;

import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpReply;
import dev.shipgate.probe.ResponseJudge;
import dev.shipgate.probe.Verdict;
import java.util.List;

/** GET /v1/models answered with a model list: the key works. */
final class OpenAiJudge implements ResponseJudge {
  @Override
  public Verdict judge(HttpReply reply) {
    Object data = reply.read("$.data").orElse(null);
    if (!(data instanceof List<?> models)) {
      return Verdict.fail(
          FailureReason.ASSERTION,
          "HTTP " + reply.status() + " but no model list in the response (is baseUrl right?)");
    }
    return Verdict.pass(models.size() + (models.size() == 1 ? " model" : " models") + " available");
  }
}
