package dev.shipgate.probe.external;

import static dev.shipgate.testing.LocalHttpServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.config.ConfigSource;
import dev.shipgate.config.ExternalConfig;
import dev.shipgate.config.ExternalType;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.Secret;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.Probe;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.RunContext;
import dev.shipgate.testing.LocalHttpServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExternalProbesTest {
  private static final String KEY = "sk_test_canary51Hx9QeExternal";
  private static final ConfigSource SOURCE = ShipgateConfig.defaults().source();

  private LocalHttpServer server;
  private ProbeRunner runner;

  @BeforeEach
  void start() {
    server = LocalHttpServer.start();
    runner =
        new ProbeRunner(
            RunContext.create(Redactor.of(ShipgateConfig.defaults(), Map.of("STRIPE_KEY", KEY))));
  }

  @AfterEach
  void stop() {
    runner.close();
    server.close();
  }

  private static ExternalConfig external(
      ExternalType type, String key, boolean optional, String baseUrl, String get) {
    return new ExternalConfig(
        type.name().toLowerCase(),
        type,
        Secret.of(key),
        null,
        optional,
        baseUrl,
        get,
        null,
        null,
        null);
  }

  private ProbeResult run(ExternalConfig e) {
    return runner.run(ExternalProbes.of(e, 0, SOURCE));
  }

  @Test
  void stripeReadsTheAccountUnderBaseUrlWithTheKeyAsBearer() {
    server.route(
        "/stripe/v1/account",
        json(200, "{\"id\":\"acct_1Nv0\",\"object\":\"account\",\"charges_enabled\":true}"));
    ProbeResult r = run(external(ExternalType.STRIPE, KEY, false, server.url("/stripe/"), null));
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    assertThat(r.detail()).isEqualTo("account acct_1Nv0 (test mode key)");
    var req = server.requests("/stripe/v1/account").get(0);
    assertThat(req.method()).isEqualTo("GET");
    assertThat(req.header("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(r.target()).isEqualTo(server.url("/stripe/v1/account"));
  }

  @Test
  void theDefaultBasesAreTheProvidersApiHosts() {
    List<String> targets =
        List.of(ExternalType.STRIPE, ExternalType.OPENAI, ExternalType.CLOUDFLARE).stream()
            .map(
                t ->
                    ((HttpProbe)
                            ExternalProbes.of(
                                external(t, "k-123456", false, null, null), 0, SOURCE))
                        .uri()
                        .toString())
            .toList();
    assertThat(targets)
        .containsExactly(
            "https://api.stripe.com/v1/account",
            "https://api.openai.com/v1/models",
            "https://api.cloudflare.com/client/v4/user/tokens/verify");
  }

  @Test
  void aRejectedStripeKeyIsAuthWithStripesMessageAndNoKey() {
    server.route(
        "/v1/account",
        json(
            401,
            "{\"error\":{\"message\":\"Invalid API Key provided: "
                + KEY
                + "\",\"type\":\"invalid_request_error\"}}"));
    ProbeResult r = run(external(ExternalType.STRIPE, KEY, false, server.url(""), null));
    assertThat(r.reason()).isEqualTo(FailureReason.AUTH);
    assertThat(r.detail()).isEqualTo("HTTP 401: Invalid API Key provided: ****");
  }

  @Test
  void aStripeBaseUrlThatIsNotStripeFails() {
    server.route("/v1/account", json(200, "{\"hello\":\"world\"}"));
    ProbeResult r = run(external(ExternalType.STRIPE, KEY, false, server.url(""), null));
    assertThat(r.reason()).isEqualTo(FailureReason.ASSERTION);
    assertThat(r.detail()).contains("not a Stripe account object");
  }

  @Test
  void openaiCountsTheModels() {
    server.route(
        "/openai/v1/models",
        json(
            200,
            "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\",\"object\":\"model\"},{\"id\":\"o3\",\"object\":\"model\"}]}"));
    ProbeResult r =
        run(external(ExternalType.OPENAI, "sk-proj-abcdef", false, server.url("/openai"), null));
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    assertThat(r.detail()).isEqualTo("2 models available");
    assertThat(server.requests("/openai/v1/models").get(0).header("Authorization"))
        .isEqualTo("Bearer sk-proj-abcdef");
  }

  @Test
  void anOpenaiQuotaErrorIsRateLimited() {
    server.route(
        "/v1/models",
        json(
            429,
            "{\"error\":{\"message\":\"You exceeded your current quota\",\"code\":\"insufficient_quota\"}}"));
    ProbeResult r =
        run(external(ExternalType.OPENAI, "sk-proj-abcdef", false, server.url(""), null));
    assertThat(r.reason()).isEqualTo(FailureReason.RATE_LIMITED);
    assertThat(r.detail()).contains("You exceeded your current quota");
  }

  @Test
  void anActiveCloudflareTokenPasses() {
    server.route(
        "/client/v4/user/tokens/verify",
        json(
            200,
            "{\"success\":true,\"errors\":[],\"result\":{\"id\":\"f267\",\"status\":\"active\"}}"));
    ExternalConfig cf =
        new ExternalConfig(
            "cf",
            ExternalType.CLOUDFLARE,
            null,
            Secret.of("cf-token-123"),
            false,
            server.url(""),
            null,
            null,
            null,
            null);
    ProbeResult r = run(cf);
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    assertThat(r.detail()).isEqualTo("token active");
    assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer cf-token-123");
  }

  @Test
  void aDisabledOrExpiredCloudflareTokenFailsSayingSo() {
    server.route(
        "/disabled/client/v4/user/tokens/verify",
        json(200, "{\"success\":true,\"result\":{\"id\":\"f267\",\"status\":\"disabled\"}}"));
    server.route(
        "/expired/client/v4/user/tokens/verify",
        json(
            200,
            "{\"success\":true,\"result\":{\"id\":\"f267\",\"status\":\"expired\",\"expires_on\":\"2020-01-01T00:00:00Z\"}}"));
    ProbeResult disabled =
        run(
            external(
                ExternalType.CLOUDFLARE, "cf-token-123", false, server.url("/disabled"), null));
    ProbeResult expired =
        run(external(ExternalType.CLOUDFLARE, "cf-token-123", false, server.url("/expired"), null));
    assertThat(disabled.status()).isEqualTo(ProbeStatus.FAIL);
    assertThat(disabled.reason()).isEqualTo(FailureReason.AUTH);
    assertThat(disabled.detail()).startsWith("token is disabled");
    assertThat(expired.detail()).startsWith("token is expired (expires_on 2020-01-01T00:00:00Z)");
  }

  @Test
  void aMalformedCloudflareTokenIsAuthWithCloudflaresError() {
    server.route(
        "/client/v4/user/tokens/verify",
        json(
            400,
            "{\"success\":false,\"errors\":[{\"code\":6003,\"message\":\"Invalid request headers\"}],\"result\":null}"));
    ProbeResult r =
        run(external(ExternalType.CLOUDFLARE, "bad token", false, server.url(""), null));
    assertThat(r.reason()).isEqualTo(FailureReason.AUTH);
    assertThat(r.detail())
        .contains("Cloudflare rejected the token: Invalid request headers (code 6003)");
  }

  @Test
  void getReplacesTheApiPathForAccountScopedCloudflareTokens() {
    server.route(
        "/client/v4/accounts/abc/tokens/verify",
        json(200, "{\"success\":true,\"result\":{\"id\":\"f267\",\"status\":\"active\"}}"));
    ProbeResult r =
        run(
            external(
                ExternalType.CLOUDFLARE,
                "cf-token-123",
                false,
                server.url(""),
                "/client/v4/accounts/abc/tokens/verify"));
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
  }

  @Test
  void anOptionalApiWithoutAKeyIsSkippedWithoutARequest() {
    Probe p =
        ExternalProbes.of(external(ExternalType.STRIPE, "", true, server.url(""), null), 0, SOURCE);
    ProbeResult r = runner.run(p);
    assertThat(r.status()).isEqualTo(ProbeStatus.SKIP);
    assertThat(r.reason()).isNull();
    assertThat(r.detail()).isEqualTo("optional; no key configured");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aRequiredApiWithoutAKeyFailsAsAuthWithoutARequest() {
    ProbeResult r = run(external(ExternalType.OPENAI, "", false, server.url(""), null));
    assertThat(r.status()).isEqualTo(ProbeStatus.FAIL);
    assertThat(r.reason()).isEqualTo(FailureReason.AUTH);
    assertThat(r.detail()).contains("no key configured", "'externals[0].key' is empty");
    assertThat(r.attempts()).isZero();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void anOptionalApiThatIsConfiguredButFailingFails() {
    server.route("/v1/models", json(503, "{\"error\":{\"message\":\"overloaded\"}}"));
    ProbeResult r =
        run(external(ExternalType.OPENAI, "sk-proj-abcdef", true, server.url(""), null));
    assertThat(r.status()).isEqualTo(ProbeStatus.FAIL);
    assertThat(r.optional()).isTrue();
    assertThat(r.isHardFailure()).isFalse();
  }

  @Test
  void anHttpExternalSendsItsHeadersAndChecksItsExpectations() {
    server.route("/api/ping", json(200, "{\"pong\":true}"));
    ExternalConfig e =
        new ExternalConfig(
            "search",
            ExternalType.HTTP,
            null,
            null,
            false,
            null,
            server.url("/api/ping"),
            Map.of("Authorization", Secret.of("Bearer search-token-9")),
            new dev.shipgate.config.ExpectSpec(
                null, Map.of("$.pong", true), null, null, null, null),
            null);
    ProbeResult r = run(e);
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    assertThat(server.requests("/api/ping").get(0).header("Authorization"))
        .isEqualTo("Bearer search-token-9");
  }

  @Test
  void anHttpExternalBaseUrlReplacesTheOriginOfGet() {
    server.route("/proxy/api/ping", json(200, "{}"));
    ProbeResult r =
        run(
            external(
                ExternalType.HTTP,
                "",
                false,
                server.url("/proxy"),
                "https://api.example.com/api/ping"));
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    assertThat(r.target()).isEqualTo(server.url("/proxy/api/ping"));
  }

  @Test
  void aBaseUrlThatIsNotHttpIsAConfigError() {
    assertThatThrownBy(
            () ->
                ExternalProbes.of(
                    external(ExternalType.STRIPE, KEY, false, "ftp://x", null), 2, SOURCE))
        .isInstanceOf(ShipgateException.class)
        .hasMessageContaining("'externals[2].baseUrl' must start with http:// or https://");
  }
}
