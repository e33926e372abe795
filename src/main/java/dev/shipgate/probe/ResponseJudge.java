package dev.shipgate.probe;

/**
 * What a specific kind of probe (an external API, an agent) concludes from a response that already
 * met the generic conditions: e.g. a Cloudflare token whose status is not {@code active} fails, an
 * agent without tools is degraded. Runs on the probe's own thread; must not block.
 */
@FunctionalInterface
public interface ResponseJudge {
  /** Passes every response that met the conditions, with "HTTP 200" as the detail. */
  ResponseJudge STATUS_ONLY = reply -> Verdict.pass("HTTP " + reply.status());

  Verdict judge(HttpReply reply);
}
