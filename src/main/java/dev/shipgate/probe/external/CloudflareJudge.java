package dev.shipgate.probe.external;

import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpReply;
import dev.shipgate.probe.ResponseJudge;
import dev.shipgate.probe.Verdict;
import java.util.List;
import java.util.Map;

/**
 * GET /user/tokens/verify: PASS only for {@code result.status: active}; a disabled or expired
 * token, or a token Cloudflare rejects, is an AUTH failure that says so.
 */
final class CloudflareJudge implements ResponseJudge {
  @Override
  public Verdict judge(HttpReply reply) {
    if (reply.status() != 200 || Boolean.FALSE.equals(reply.read("$.success").orElse(null))) {
      return Verdict.fail(
          FailureReason.AUTH,
          "HTTP " + reply.status() + ": Cloudflare rejected the token: " + firstError(reply));
    }
    Object status = reply.read("$.result.status").orElse(null);
    if (status == null) {
      return Verdict.fail(
          FailureReason.ASSERTION,
          "HTTP 200 but no result.status in the response (is baseUrl right?)");
    }
    String expires = reply.read("$.result.expires_on").map(String::valueOf).orElse(null);
    if (!"active".equals(status)) {
      return Verdict.fail(
          FailureReason.AUTH,
          "token is "
              + status
              + (expires == null ? "" : " (expires_on " + expires + ")")
              + "; create or re-enable it in the Cloudflare dashboard");
    }
    return Verdict.pass("token active" + (expires == null ? "" : ", expires " + expires));
  }

  private static String firstError(HttpReply reply) {
    Object errors = reply.read("$.errors").orElse(null);
    if (errors instanceof List<?> list
        && !list.isEmpty()
        && list.get(0) instanceof Map<?, ?> first) {
      Object code = first.get("code");
      return first.get("message") + (code == null ? "" : " (code " + code + ")");
    }
    return "no error message";
  }
}
