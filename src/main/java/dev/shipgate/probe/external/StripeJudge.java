package dev.shipgate.probe.external;

import dev.shipgate.config.Secret;
import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpReply;
import dev.shipgate.probe.ResponseJudge;
import dev.shipgate.probe.Verdict;

/**
 * GET /v1/account answered: the key works. Says which account and whether the key is a test or live
 * key (from its documented prefix, never its value).
 */
final class StripeJudge implements ResponseJudge {
  private final String mode;

  StripeJudge(Secret key) {
    String k = key.reveal();
    this.mode =
        k.startsWith("sk_test_") || k.startsWith("rk_test_")
            ? "test mode key"
            : k.startsWith("sk_live_") || k.startsWith("rk_live_") ? "live mode key" : null;
  }

  @Override
  public Verdict judge(HttpReply reply) {
    Object object = reply.read("$.object").orElse(null);
    if (!"account".equals(object)) {
      return Verdict.fail(
          FailureReason.ASSERTION,
          "HTTP " + reply.status() + " but not a Stripe account object (is baseUrl right?)");
    }
    StringBuilder d = new StringBuilder("account ");
    d.append(reply.read("$.id").map(String::valueOf).orElse("(no id)"));
    StringBuilder notes = new StringBuilder();
    if (mode != null) {
      notes.append(mode);
    }
    if (Boolean.FALSE.equals(reply.read("$.charges_enabled").orElse(null))) {
      notes.append(notes.isEmpty() ? "" : "; ").append("charges not enabled");
    }
    if (!notes.isEmpty()) {
      d.append(" (").append(notes).append(')');
    }
    return Verdict.pass(d.toString());
  }
}
