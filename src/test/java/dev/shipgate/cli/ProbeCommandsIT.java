package dev.shipgate.cli;

import static dev.shipgate.testing.LocalHttpServer.echoAuthorization;
import static dev.shipgate.testing.LocalHttpServer.hang;
import static dev.shipgate.testing.LocalHttpServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.JarRun;
import dev.shipgate.testing.LocalHttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check` and `wait` as a user runs them: the jar in a child process. */
class ProbeCommandsIT {
  private static final String CANARY = "sk_live_itCanary0f6b2d9e44";

  @TempDir Path dir;

  @Test
  void checkReportsEveryProbeAsJsonWithoutLeakingTheKey() throws Exception {
    try (LocalHttpServer server = LocalHttpServer.start()) {
      server.route("/health", json(200, "{\"status\":\"alive\"}"));
      server.route("/hang", hang());
      server.route("/stripe/v1/account", echoAuthorization());
      Files.writeString(
          dir.resolve("shipgate.yaml"),
          """
          version: 1
          checks:
            - {name: api, get: "BASE/health", timeout: 120s, expect: {json: {"$.status": alive}}}
            - {name: stuck, get: "BASE/hang", timeout: 500ms}
          externals:
            - {name: stripe, type: stripe, key: "${STRIPE_SECRET_KEY}", baseUrl: "BASE/stripe"}
          """
              .replace("BASE", server.url("")));
      CliResult r =
          JarRun.run(dir, Map.of("STRIPE_SECRET_KEY", CANARY), "check", "--format", "json");
      r.exits(1).neverShows(CANARY);
      JsonNode doc = new ObjectMapper().readTree(r.out());
      assertThat(doc.get("status").asText()).isEqualTo("unhealthy");
      assertThat(doc.get("results").findValuesAsText("reason"))
          .containsExactly("null", "TIMEOUT", "AUTH");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void waitNoticesAPortThatOpensLaterAndExplainsTheWaitMeanwhile() throws Exception {
    int port = LocalHttpServer.refusedPort();
    JarRun.Running wait =
        JarRun.start(dir, Map.of(), "wait", "tcp://127.0.0.1:" + port, "--timeout", "120s");
    wait.awaitErr("still waiting for tcp://127.0.0.1:" + port);
    CliResult r;
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      r = wait.finish();
    }
    r.exits(0).outContains("ready: tcp://127.0.0.1:" + port);
    assertThat(r.err()).contains("still waiting for tcp://127.0.0.1:" + port);
    // what the first report says depends on whether the first attempt has ended (a loaded machine)
    assertThat(r.err()).containsAnyOf("CONNECTION_REFUSED", "first attempt in flight");
  }
}
