package dev.shipgate.cli;

import static dev.shipgate.testing.LocalHttpServer.echoAuthorization;
import static dev.shipgate.testing.LocalHttpServer.hang;
import static dev.shipgate.testing.LocalHttpServer.html;
import static dev.shipgate.testing.LocalHttpServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String STRIPE_CANARY = "sk_live_canaryQ7w3Zx91CheckCmd";
  private static final String HEADER_CANARY = "hdr-canary-5b1e77c0";

  @TempDir Path dir;
  private LocalHttpServer server;

  @BeforeEach
  void start() {
    server = LocalHttpServer.start();
    server.route("/health", json(200, "{\"status\":\"alive\"}"));
    server.route("/agent/health", json(200, "{\"tools\":[\"book\"]}"));
    server.route("/idle-agent/health", json(200, "{\"tools\":[]}"));
    server.route("/v1/models", json(200, "{\"object\":\"list\",\"data\":[]}"));
    server.route("/login", html(200, "<html><title>Sign in</title></html>"));
    server.route("/hang", hang());
    server.route("/echo", echoAuthorization());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Path config(String yaml) throws Exception {
    Path file = dir.resolve("shipgate.yaml");
    Files.writeString(file, "version: 1\n" + yaml.replace("BASE", server.url("")));
    return file;
  }

  private CliResult check(Path config, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "-c";
    all[1] = config.toString();
    all[2] = "check";
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.withEmptyEnv().env("STRIPE_SECRET_KEY", STRIPE_CANARY).run(all);
  }

  @Test
  void aHealthyRunExitsZeroAndPrintsOneRowPerProbe() throws Exception {
    Path c =
        config(
            """
            checks:
              - {name: api, get: "BASE/health", expect: {json: {"$.status": alive}}}
            externals:
              - {name: openai, type: openai, key: sk-proj-abc123, baseUrl: "BASE"}
            agents:
              - {name: booking, url: "BASE/agent"}
            """);
    check(c)
        .exits(0)
        .outContains("STATUS", "NAME", "DETAIL")
        .outContains("PASS    api", "PASS    openai", "PASS    booking")
        .outContains("1 tool, backend connected", "0 models available")
        .outContains("healthy: 3 passed in ");
  }

  @Test
  void aFailedCheckMakesTheRunUnhealthy() throws Exception {
    Path c =
        config(
            """
            checks:
              - {name: api, get: "BASE/health"}
              - {name: admin, get: "BASE/login", expect: {json: {"$.ok": true}}}
            """);
    check(c)
        .exits(1)
        .outContains("FAIL    admin", "HTML_ERROR_PAGE: HTTP 200: an HTML page titled \"Sign in\"")
        .outContains("unhealthy: 1 failed, 1 passed");
  }

  @Test
  void aDegradedAgentOrAnOptionalFailureExitsTwo() throws Exception {
    Path agent =
        config(
            """
            checks: [{name: api, get: "BASE/health"}]
            agents: [{name: idle, url: "BASE/idle-agent"}]
            """);
    check(agent).exits(2).outContains("DEGRADED", "no tools registered", "degraded: 1 degraded");
    Path optional =
        config(
            """
            checks: [{name: api, get: "BASE/health"}]
            externals:
              - {name: search, type: http, get: "BASE/missing", optional: true}
            """);
    check(optional).exits(2).outContains("HTTP_4XX: HTTP 404", "(optional)");
  }

  @Test
  void jsonOutputHasTheContractFields() throws Exception {
    Path c =
        config(
            """
            checks:
              - {name: api, get: "BASE/health"}
              - {name: slow, get: "BASE/hang", timeout: 200ms}
            externals:
              - {name: cloudflare, type: cloudflare, optional: true}
            """);
    CliResult r = check(c, "--format", "json").exits(1);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("ok").asBoolean()).isFalse();
    assertThat(doc.get("status").asText()).isEqualTo("unhealthy");
    assertThat(doc.get("runId").asText()).matches("[0-9a-f]{16}");
    JsonNode results = doc.get("results");
    assertThat(results).hasSize(3);
    JsonNode api = results.get(0);
    assertThat(api.properties().stream().map(e -> e.getKey()).toList())
        .containsExactly(
            "name",
            "kind",
            "status",
            "reason",
            "latencyMs",
            "attempts",
            "flaky",
            "httpStatus",
            "detail",
            "optional",
            "target");
    assertThat(api.get("kind").asText()).isEqualTo("check");
    assertThat(api.get("status").asText()).isEqualTo("PASS");
    assertThat(api.get("reason").isNull()).isTrue();
    assertThat(api.get("httpStatus").asInt()).isEqualTo(200);
    JsonNode slow = results.get(1);
    assertThat(slow.get("reason").asText()).isEqualTo("TIMEOUT");
    assertThat(slow.get("httpStatus").isNull()).isTrue();
    JsonNode cf = results.get(2);
    assertThat(cf.get("status").asText()).isEqualTo("SKIP");
    assertThat(cf.get("kind").asText()).isEqualTo("external");
  }

  @Test
  void namedProbesRunAloneAndUnknownNamesListTheKnownOnes() throws Exception {
    Path c =
        config(
            """
            checks:
              - {name: api, get: "BASE/health"}
              - {name: slow, get: "BASE/hang", timeout: 200ms}
            agents: [{name: booking, url: "BASE/agent"}]
            """);
    check(c, "api", "booking").exits(0).outContains("api", "booking");
    check(c, "nope")
        .exits(64)
        .oneLineError()
        .errContains("unknown check 'nope'; known: api, slow, booking");
  }

  @Test
  void timeoutCapsEveryProbe() throws Exception {
    Path c = config("checks: [{name: slow, get: \"BASE/hang\", timeout: 60s}]\n");
    check(c, "--timeout", "300ms").exits(1).outContains("TIMEOUT: no response", "within 300ms");
  }

  @Test
  void canarySecretsFromEnvAndConfigNeverAppear() throws Exception {
    Path c =
        config(
            """
            checks:
              - name: echo
                get: "BASE/echo"
                headers: {Authorization: "Bearer HEADER"}
            externals:
              - {name: stripe, type: stripe, key: "${STRIPE_SECRET_KEY}", baseUrl: "BASE/echo-stripe"}
              - {name: pay, type: http, get: "BASE/echo", headers: {Authorization: "${STRIPE_SECRET_KEY}"}}
            """
                .replace("HEADER", HEADER_CANARY));
    server.route("/echo-stripe/v1/account", echoAuthorization());
    for (String format : List.of("text", "json")) {
      CliResult r = check(c, "--format", format).exits(1);
      r.neverShows(STRIPE_CANARY).neverShows(HEADER_CANARY);
      assertThat(r.out()).contains("bad credentials: Bearer ****");
    }
    assertThat(server.requests("/echo"))
        .anyMatch(req -> ("Bearer " + HEADER_CANARY).equals(req.header("Authorization")));
  }

  @Test
  void aBadUrlIsAConfigErrorNamingFileLineAndKey() throws Exception {
    Path c =
        config(
            """
            checks:
              - name: api
                get: "ftp://example.org/health"
            """);
    check(c)
        .exits(78)
        .oneLineError()
        .errContains("shipgate.yaml:4: checks[0].get: not an http(s) URL");
  }

  @Test
  void aMistypedExpectKeyIsAConfigError() throws Exception {
    Path c = config("checks: [{name: api, get: \"BASE/health\", expect: {statuss: [200]}}]\n");
    check(c).exits(78).oneLineError().errContains("unknown key", "statuss");
  }

  @Test
  void anInvalidJsonPathIsAConfigError() throws Exception {
    Path c = config("checks: [{name: api, get: \"BASE/health\", expect: {json: {\"$..[\": 1}}}]\n");
    check(c).exits(78).oneLineError().errContains("'checks[0].expect'", "not a valid JSON path");
  }

  @Test
  void withNothingToCheckItSaysWhatToAdd() throws Exception {
    check(config("project: shop\n"))
        .exits(78)
        .oneLineError()
        .errContains("nothing to check; add checks:, externals: or agents:");
  }

  @Test
  void aBadTimeoutFlagIsAUsageError() throws Exception {
    Path c = config("checks: [{name: api, get: \"BASE/health\"}]\n");
    check(c, "--timeout", "5").exits(64).errContains("has no unit");
  }
}
