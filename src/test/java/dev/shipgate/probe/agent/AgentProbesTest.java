package dev.shipgate.probe.agent;

import static dev.shipgate.testing.LocalHttpServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.config.AgentConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.Probe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.RunContext;
import dev.shipgate.testing.LocalHttpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentProbesTest {
  private LocalHttpServer server;
  private ProbeRunner runner;

  @BeforeEach
  void start() {
    server = LocalHttpServer.start();
    runner = new ProbeRunner(RunContext.create(Redactor.urlsOnly()));
  }

  @AfterEach
  void stop() {
    runner.close();
    server.close();
  }

  private ProbeResult agent(String base, String body) {
    server.route(base + "/health", json(200, body));
    return runner.run(probe(base));
  }

  private Probe probe(String base) {
    return AgentProbes.of(
        new AgentConfig("booking", server.url(base) + "/", Duration.ofSeconds(30), null),
        0,
        ShipgateConfig.defaults().source());
  }

  @Test
  void toolsAndAConnectedBackendPass() {
    ProbeResult r = agent("/a", "{\"tools\":[\"book\",\"cancel\"],\"backendConnected\":true}");
    assertThat(r.status()).isEqualTo(ProbeStatus.PASS);
    assertThat(r.kind()).isEqualTo(ProbeKind.AGENT);
    assertThat(r.detail()).isEqualTo("2 tools, backend connected");
    assertThat(server.requests("/a/health").get(0).header("X-Health-Check")).isEqualTo("true");
  }

  @Test
  void backendConnectedDefaultsToTrue() {
    assertThat(agent("/a", "{\"tools\":[{\"name\":\"book\"}]}").status())
        .isEqualTo(ProbeStatus.PASS);
  }

  @Test
  void noToolsIsDegraded() {
    ProbeResult r = agent("/a", "{\"status\":\"ok\",\"tools\":[]}");
    assertThat(r.status()).isEqualTo(ProbeStatus.DEGRADED);
    assertThat(r.reason()).isEqualTo(FailureReason.ASSERTION);
    assertThat(r.detail()).isEqualTo("reachable, but no tools registered");
  }

  @Test
  void aDisconnectedBackendIsDegraded() {
    ProbeResult r = agent("/a", "{\"tools\":[\"book\"],\"backendConnected\":false}");
    assertThat(r.status()).isEqualTo(ProbeStatus.DEGRADED);
    assertThat(r.detail()).isEqualTo("reachable with 1 tool, but backend not connected");
  }

  @Test
  void aServerErrorOrAnUnreachableAgentFails() {
    server.route("/a/health", json(503, "{\"error\":\"model backend down\"}"));
    ProbeResult down = runner.run(probe("/a"));
    assertThat(down.status()).isEqualTo(ProbeStatus.FAIL);
    assertThat(down.reason()).isEqualTo(FailureReason.HTTP_5XX);
    Probe gone =
        AgentProbes.of(
            new AgentConfig(
                "gone", "http://127.0.0.1:" + LocalHttpServer.refusedPort(), null, null),
            0,
            ShipgateConfig.defaults().source());
    assertThat(runner.run(gone).reason()).isEqualTo(FailureReason.CONNECTION_REFUSED);
  }

  @Test
  void allAgentsRunTogetherBoundedByTheTimeout() {
    server.route("/hang/health", LocalHttpServer.hang());
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String base = "/agent" + i;
      server.route(base + "/health", json(200, "{\"tools\":[\"t\"]}"));
      probes.add(probe(base));
    }
    probes.add(probe("/hang"));
    // wide enough for five local answers on a loaded machine; the hanging one always hits it
    List<ProbeResult> results = runner.runAll(probes, Duration.ofSeconds(5));
    assertThat(results.subList(0, 5)).allMatch(r -> r.status() == ProbeStatus.PASS);
    assertThat(results.get(5).reason()).isEqualTo(FailureReason.TIMEOUT);
  }

  @Test
  void anEmptyUrlIsAConfigErrorThatMentionsUnsetVariables() {
    assertThatThrownBy(
            () ->
                AgentProbes.of(
                    new AgentConfig("booking", "", null, null),
                    3,
                    ShipgateConfig.defaults().source()))
        .isInstanceOf(ShipgateException.class)
        .hasMessageContaining("'agents[3].url' is empty")
        .hasMessageContaining("unset ${VAR}");
  }
}
