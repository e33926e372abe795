package dev.shipgate.probe.external;

import dev.shipgate.config.ExternalType;
import dev.shipgate.config.Secret;
import dev.shipgate.probe.ResponseJudge;
import java.util.List;
import java.util.function.Function;

/**
 * What shipgate knows about each built-in API: its default base URL, the read-only path that proves
 * a credential, which statuses the judge reads itself, and the judge.
 */
enum ExternalApi {
  STRIPE("https://api.stripe.com", "/v1/account", List.of(), StripeJudge::new),
  OPENAI("https://api.openai.com", "/v1/models", List.of(), key -> new OpenAiJudge()),
  /** Cloudflare answers a malformed token with 400 and an error body: the judge reads it. */
  CLOUDFLARE(
      "https://api.cloudflare.com",
      "/client/v4/user/tokens/verify",
      List.of(200, 400),
      key -> new CloudflareJudge());

  private final String defaultBase;
  private final String path;
  private final List<Integer> judgedStatuses;
  private final Function<Secret, ResponseJudge> judge;

  ExternalApi(
      String defaultBase,
      String path,
      List<Integer> judgedStatuses,
      Function<Secret, ResponseJudge> judge) {
    this.defaultBase = defaultBase;
    this.path = path;
    this.judgedStatuses = judgedStatuses;
    this.judge = judge;
  }

  static ExternalApi of(ExternalType type) {
    return switch (type) {
      case STRIPE -> STRIPE;
      case OPENAI -> OPENAI;
      case CLOUDFLARE -> CLOUDFLARE;
      case HTTP -> throw new IllegalArgumentException("http externals have no built-in API");
    };
  }

  String defaultBase() {
    return defaultBase;
  }

  String path() {
    return path;
  }

  /** Statuses the judge handles (empty: the engine's default, any 2xx). */
  List<Integer> judgedStatuses() {
    return judgedStatuses;
  }

  ResponseJudge judge(Secret credential) {
    return judge.apply(credential);
  }
}
