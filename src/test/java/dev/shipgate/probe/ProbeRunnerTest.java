package dev.shipgate.probe;

import static dev.shipgate.testing.LocalHttpServer.echoAuthorization;
import static dev.shipgate.testing.LocalHttpServer.failing;
import static dev.shipgate.testing.LocalHttpServer.hang;
import static dev.shipgate.testing.LocalHttpServer.html;
import static dev.shipgate.testing.LocalHttpServer.json;
import static dev.shipgate.testing.LocalHttpServer.status;
import static dev.shipgate.testing.LocalHttpServer.text;
import static dev.shipgate.testing.LocalHttpServer.withHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.ExpectSpec;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.Secret;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.testing.LocalHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeRunnerTest {
  private static final String CANARY = "canary-7f3a9c1e-secret";

  private LocalHttpServer server;
  private ProbeRunner runner;

  @BeforeEach
  void start() {
    server = LocalHttpServer.start();
    runner =
        new ProbeRunner(
            RunContext.create(Redactor.of(ShipgateConfig.defaults(), Map.of("API_TOKEN", CANARY))));
  }

  @AfterEach
  void stop() {
    runner.close();
    server.close();
  }

  private HttpProbe.Builder probe(String path) {
    return HttpProbe.builder("api", ProbeKind.CHECK, URI.create(server.url(path)))
        .timeout(Duration.ofSeconds(60)); // answers come at once; a loaded machine is slow
  }

  private ProbeResult run(HttpProbe.Builder b) {
    return runner.run(b.build());
  }

  private static Expectation expect(ExpectSpec spec) {
    return Expectation.compile(spec);
  }

  private static ExpectSpec jsonPaths(Map<String, Object> paths) {
    return new ExpectSpec(null, paths, null, null, null, null);
  }

  @Test
  void passesOnAny2xxWhenNothingIsExpected() {
    server.route("/health", status(204));
    ProbeResult r = run(probe("/health"));
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    assertThat(r.reason()).isNull();
    assertThat(r.httpStatus()).isEqualTo(204);
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.flaky()).isFalse();
    assertThat(r.kind()).isEqualTo(ProbeKind.CHECK);
    assertThat(r.target()).isEqualTo(server.url("/health"));
  }

  @Test
  void aServerThatNeverAnswersIsATimeoutAtTheDeadline() {
    server.route("/hang", hang());
    ProbeResult r = run(probe("/hang").timeout(Duration.ofMillis(300)));
    assertThat(r.status()).isEqualTo(ProbeStatus.FAIL);
    assertThat(r.reason()).isEqualTo(FailureReason.TIMEOUT);
    assertThat(r.detail())
        .contains("no response from 127.0.0.1:" + server.port() + " within 300ms");
    assertThat(r.httpStatus()).isNull();
  }

  @Test
  void aSlowResponseBeyondTheTimeoutIsATimeout() {
    server.route("/slow", json(200, "{}").after(Duration.ofSeconds(2)));
    ProbeResult r = run(probe("/slow").timeout(Duration.ofMillis(200)));
    assertThat(r.reason()).isEqualTo(FailureReason.TIMEOUT);
  }

  @Test
  void aSlowResponseBeyondMaxLatencyIsAnAssertion() {
    server.route("/slow", json(200, "{}").after(Duration.ofMillis(250)));
    ProbeResult r =
        run(
            probe("/slow")
                .expect(
                    expect(new ExpectSpec(null, null, null, null, null, Duration.ofMillis(50)))));
    assertThat(r.reason()).isEqualTo(FailureReason.ASSERTION);
    assertThat(r.detail()).containsPattern("took \\d+ms, more than maxLatency 50ms");
    assertThat(r.httpStatus()).isEqualTo(200);
  }

  @Test
  void aClosedPortIsConnectionRefused() {
    int port = LocalHttpServer.refusedPort();
    ProbeResult r =
        runner.run(
            HttpProbe.builder("down", ProbeKind.CHECK, URI.create("http://127.0.0.1:" + port + "/"))
                .build());
    assertThat(r.reason()).isEqualTo(FailureReason.CONNECTION_REFUSED);
    assertThat(r.detail()).isEqualTo("connection refused by 127.0.0.1:" + port);
  }

  @Test
  void anInvalidHostIsDns() {
    ProbeResult r =
        runner.run(
            HttpProbe.builder("dns", ProbeKind.CHECK, URI.create("http://shipgate-test.invalid/x"))
                // the resolver answers when it answers (seconds on a loaded or offline machine)
                .timeout(Duration.ofSeconds(120))
                .build());
    assertThat(r.reason()).isEqualTo(FailureReason.DNS);
    assertThat(r.detail()).contains("cannot resolve host shipgate-test.invalid");
  }

  @Test
  void aSelfSignedCertificateIsTls(@TempDir Path dir) {
    try (LocalHttpServer tls = LocalHttpServer.startSelfSignedTls(dir)) {
      tls.route("/health", json(200, "{}"));
      ProbeResult r =
          runner.run(
              HttpProbe.builder("tls", ProbeKind.CHECK, URI.create(tls.url("/health"))).build());
      assertThat(r.reason()).isEqualTo(FailureReason.TLS);
      assertThat(r.detail()).contains("not trusted (self-signed or unknown CA)");
    }
  }

  @Test
  void httpsToAPortThatAnswersPlainHttpIsTls() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Thread.ofPlatform()
          .daemon()
          .start(
              () -> {
                // a deterministic plain-HTTP server on a platform thread (never waiting for a
                // virtual-thread carrier the code under test may be using): it reads the client's
                // first bytes (the TLS
                // ClientHello) before it answers, and keeps the connection open until the client
                // closes it, so the client always reads the plain answer (never a reset)
                try (Socket s = plain.accept()) {
                  InputStream in = s.getInputStream();
                  if (in.read(new byte[4096]) < 0) {
                    return;
                  }
                  s.getOutputStream()
                      .write(
                          "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                              .getBytes(StandardCharsets.US_ASCII));
                  s.getOutputStream().flush();
                  in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                  // the test fails on the probe result
                }
              });
      URI uri = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/health");
      // a wide timeout: the answer comes at once, but a cold TLS stack on a loaded machine is slow
      ProbeResult r =
          runner.run(
              HttpProbe.builder("tls", ProbeKind.CHECK, uri)
                  .timeout(java.time.Duration.ofSeconds(120))
                  .build());
      assertThat(r.reason()).as(r.detail()).isEqualTo(FailureReason.TLS);
      assertThat(r.detail()).contains("does not speak TLS");
    }
  }

  @Test
  void anHtmlLoginPageWhereJsonWasExpectedNamesThePageTitle() {
    server.route(
        "/health",
        html(
            200, "<!DOCTYPE html><html><head><title>Sign in &amp; continue</title></head></html>"));
    ProbeResult r = run(probe("/health").expect(expect(jsonPaths(Map.of("$.status", "alive")))));
    assertThat(r.reason()).isEqualTo(FailureReason.HTML_ERROR_PAGE);
    assertThat(r.detail())
        .contains("HTTP 200", "\"Sign in & continue\"", "where JSON was expected");
  }

  @Test
  void aRedirectToALoginPageSaysWhereItWent() {
    server.route("/login", html(200, "<html><title>Login</title></html>"));
    server.route("/api/health", withHeader("Location", server.url("/login"), status(302)));
    ProbeResult r = run(probe("/api/health").expect(Expectation.any2xx().requiringJson()));
    assertThat(r.reason()).isEqualTo(FailureReason.HTML_ERROR_PAGE);
    assertThat(r.detail()).contains("\"Login\"", "redirected to " + server.url("/login"));
  }

  @Test
  void tooManyRequestsIsRateLimitedWithRetryAfter() {
    server.route("/api", withHeader("Retry-After", "30", json(429, "{\"message\":\"slow down\"}")));
    ProbeResult r = run(probe("/api"));
    assertThat(r.reason()).isEqualTo(FailureReason.RATE_LIMITED);
    assertThat(r.httpStatus()).isEqualTo(429);
    assertThat(r.detail()).isEqualTo("HTTP 429: slow down (Retry-After: 30)");
  }

  @Test
  void unauthorizedAndForbiddenAreAuthWithTheApiMessage() {
    server.route("/401", json(401, "{\"error\":{\"message\":\"Invalid API Key provided\"}}"));
    server.route("/403", status(403));
    assertThat(run(probe("/401")))
        .extracting(ProbeResult::reason, ProbeResult::detail)
        .containsExactly(FailureReason.AUTH, "HTTP 401: Invalid API Key provided");
    assertThat(run(probe("/403")).reason()).isEqualTo(FailureReason.AUTH);
  }

  @Test
  void otherClientAndServerErrorsAreClassifiedByStatus() {
    server.route("/missing", json(404, "{\"detail\":\"Not Found\"}"));
    server.route("/down", html(503, "<html><title>503 Service Unavailable</title></html>"));
    assertThat(run(probe("/missing")))
        .extracting(ProbeResult::reason, ProbeResult::detail)
        .containsExactly(FailureReason.HTTP_4XX, "HTTP 404: Not Found");
    ProbeResult down = run(probe("/down"));
    assertThat(down.reason()).isEqualTo(FailureReason.HTTP_5XX);
    assertThat(down.detail()).contains("503 Service Unavailable");
  }

  @Test
  void invalidJsonIsBadJsonWithTheLocation() {
    server.route("/health", json(200, "{\"status\": alive}"));
    ProbeResult r = run(probe("/health").expect(expect(jsonPaths(Map.of("$.status", "alive")))));
    assertThat(r.reason()).isEqualTo(FailureReason.BAD_JSON);
    assertThat(r.detail()).contains("not valid JSON", "line 1, column");
  }

  @Test
  void anEmptyBodyWhereJsonWasExpectedIsBadJson() {
    server.route("/health", status(200));
    ProbeResult r = run(probe("/health").expect(Expectation.any2xx().requiringJson()));
    assertThat(r.reason()).isEqualTo(FailureReason.BAD_JSON);
  }

  @Test
  void jsonPathConditionsSayWhatWasFound() {
    server.route("/health", json(200, "{\"status\":\"down\",\"ready\":true,\"n\":3}"));
    ProbeResult wrong =
        run(probe("/health").expect(expect(jsonPaths(Map.of("$.status", "alive")))));
    assertThat(wrong.reason()).isEqualTo(FailureReason.ASSERTION);
    assertThat(wrong.detail()).isEqualTo("$.status is \"down\", expected \"alive\"");
    ProbeResult missing = run(probe("/health").expect(expect(jsonPaths(Map.of("$.db.ok", true)))));
    assertThat(missing.detail()).isEqualTo("$.db.ok is missing, expected true");
    ProbeResult ok =
        run(probe("/health").expect(expect(jsonPaths(Map.of("$.ready", true, "$.n", 3.0)))));
    assertThat(ok.status()).isEqualTo(ProbeStatus.PASS);
  }

  @Test
  void bodyAndHeaderConditionsAreAssertions() {
    server.route(
        "/v", withHeader("X-Version", "1.4.2", text(200, "text/plain", "version 1.4.2 ok")));
    ExpectSpec contains = new ExpectSpec(null, null, "1.5", null, null, null);
    ExpectSpec matches = new ExpectSpec(null, null, null, "version \\d+\\.\\d+", null, null);
    ExpectSpec header = new ExpectSpec(null, null, null, null, Map.of("X-Version", "2."), null);
    assertThat(run(probe("/v").expect(expect(contains))).detail())
        .isEqualTo("the body does not contain \"1.5\"");
    assertThat(run(probe("/v").expect(expect(matches))).status()).isEqualTo(ProbeStatus.PASS);
    assertThat(run(probe("/v").expect(expect(header))).detail())
        .isEqualTo("header X-Version is \"1.4.2\", expected it to contain \"2.\"");
  }

  @Test
  void anAllowListTreats401AsAlive() {
    server.route("/api/v1/projects", json(401, "{\"error\":\"login required\"}"));
    server.route("/api/v1/broken", status(500));
    Expectation alive = Expectation.statuses(List.of(200, 401));
    assertThat(run(probe("/api/v1/projects").expect(alive)).status()).isEqualTo(ProbeStatus.PASS);
    assertThat(run(probe("/api/v1/broken").expect(alive)).reason())
        .isEqualTo(FailureReason.HTTP_5XX);
  }

  @Test
  void anUnlistedSuccessStatusIsAnAssertion() {
    server.route("/health", status(204));
    ProbeResult r = run(probe("/health").expect(Expectation.statuses(List.of(200))));
    assertThat(r.reason()).isEqualTo(FailureReason.ASSERTION);
    assertThat(r.detail()).isEqualTo("HTTP 204 (expected 200)");
  }

  @Test
  void aPassThatNeededARetryIsFlaky() {
    server.route("/health", failing(2, status(503), json(200, "{}")));
    ProbeResult r = run(probe("/health").retries(3, Duration.ofMillis(10)));
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(r.flaky()).isTrue();
    assertThat(r.detail()).contains("flaky: passed on attempt 3");
  }

  @Test
  void retriesStopWhenTheyRunOut() {
    server.route("/health", status(503));
    ProbeResult r = run(probe("/health").retries(2, Duration.ofMillis(10)));
    assertThat(r.reason()).isEqualTo(FailureReason.HTTP_5XX);
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(r.flaky()).isFalse();
    assertThat(server.requests("/health")).hasSize(3);
  }

  @Test
  void wrongCredentialsAreNotRetried() {
    server.route("/api", status(401));
    ProbeResult r = run(probe("/api").retries(3, Duration.ofMillis(10)));
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(server.requests("/api")).hasSize(1);
  }

  @Test
  void retriesNeverRunPastTheTimeout() {
    server.route("/health", status(503));
    // the backoff before a second attempt ends past the timeout, whatever the machine's speed
    ProbeResult r =
        run(probe("/health").timeout(Duration.ofSeconds(30)).retries(5, Duration.ofSeconds(60)));
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.reason()).isEqualTo(FailureReason.HTTP_5XX);
  }

  @Test
  void everyRequestCarriesRequestIdTraceparentAndUserAgent() {
    server.route("/health", json(200, "{}"));
    run(probe("/health").retries(0, Duration.ZERO));
    var req = server.requests("/health").get(0);
    String runId = runner.context().runId();
    assertThat(req.header("X-Request-ID")).isEqualTo(runId + "-api");
    assertThat(req.header("traceparent"))
        .matches("00-" + runner.context().traceId() + "-[0-9a-f]{16}-01")
        .doesNotContain("-0000000000000000-");
    assertThat(runner.context().traceId()).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
    assertThat(req.header("User-Agent")).startsWith("shipgate/");
  }

  @Test
  void eachAttemptGetsItsOwnSpanInTheSameTrace() {
    server.route("/health", failing(1, status(503), json(200, "{}")));
    run(probe("/health").retries(1, Duration.ofMillis(1)));
    List<String> parents =
        server.requests("/health").stream().map(r -> r.header("traceparent")).toList();
    assertThat(parents).hasSize(2).doesNotHaveDuplicates();
    assertThat(parents).allMatch(p -> p.contains(runner.context().traceId()));
  }

  @Test
  void secretHeaderValuesNeverAppearInResults() {
    server.route("/api", echoAuthorization());
    ProbeResult r = run(probe("/api").header("Authorization", Secret.of("Bearer " + CANARY)));
    assertThat(server.requests("/api").get(0).header("Authorization"))
        .isEqualTo("Bearer " + CANARY);
    assertThat(r.reason()).isEqualTo(FailureReason.AUTH);
    assertThat(r.detail()).contains("bad credentials: Bearer ****").doesNotContain(CANARY);
  }

  @Test
  void urlPasswordsAreMaskedInTheTarget() {
    server.route("/health", json(200, "{}"));
    URI uri = URI.create(server.url("/health").replace("://", "://ops:hunter2-pass@"));
    ProbeResult r = runner.run(HttpProbe.builder("u", ProbeKind.CHECK, uri).build());
    assertThat(r.target()).contains("ops:****@").doesNotContain("hunter2-pass");
  }

  @Test
  void localhostReachesAServerBoundOnlyToIpv6() throws Exception {
    try (LocalHttpServer v6 = LocalHttpServer.start(InetAddress.getByName("::1"))) {
      v6.route("/health", json(200, "{}"));
      URI uri = URI.create("http://localhost:" + v6.port() + "/health");
      ProbeResult r = runner.run(HttpProbe.builder("v6", ProbeKind.CHECK, uri).build());
      assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    }
  }

  @Test
  void aRunOfManyProbesReportsEachInOrderAndCutsOffTheHangingOnes() {
    server.route("/ok", json(200, "{}"));
    server.route("/hang", hang());
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String path = i % 10 == 3 ? "/hang" : "/ok";
      probes.add(
          HttpProbe.builder("p" + i, ProbeKind.CHECK, URI.create(server.url(path)))
              .timeout(Duration.ofSeconds(30))
              .build());
    }
    probes.add(DecidedProbe.skip("skipped", ProbeKind.EXTERNAL, true, "", "optional; no key"));
    // a cap wide enough for 36 local answers on a loaded machine; the hanging ones always hit it
    List<ProbeResult> results = runner.runAll(probes, Duration.ofSeconds(5));
    assertThat(results).hasSize(41);
    for (int i = 0; i < 40; i++) {
      ProbeResult r = results.get(i);
      assertThat(r.name()).isEqualTo("p" + i);
      if (i % 10 == 3) {
        assertThat(r.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(r.detail()).endsWith("within 5s");
      } else {
        assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
      }
    }
    assertThat(results.get(40).status()).isEqualTo(ProbeStatus.SKIP);
  }
}
