package dev.shipgate.workflow.verify;

import dev.shipgate.config.EndpointConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.probe.Expectation;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.ProbeUris;
import dev.shipgate.probe.RunContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3: every {@code verify.endpoints} entry answers with an allowed status, all at once, each
 * bounded by its timeout. {@code allow} lists the statuses that mean "alive" (401 from a protected
 * route, say); without it any 2xx does. A 5xx, a refused connection or a timeout fails, with the
 * probe engine's failure class.
 */
final class EndpointStage {
  private EndpointStage() {}

  static List<VerifyItem> check(List<EndpointConfig> endpoints, Redactor redactor) {
    List<VerifyItem> out = new ArrayList<>();
    List<HttpProbe> probes = new ArrayList<>();
    for (int i = 0; i < endpoints.size(); i++) {
      EndpointConfig e = endpoints.get(i);
      try {
        probes.add(
            HttpProbe.builder(e.get(), ProbeKind.CHECK, ProbeUris.http(e.get()))
                .expect(
                    e.allow().isEmpty() ? Expectation.any2xx() : Expectation.statuses(e.allow()))
                .timeout(e.timeout())
                .build());
      } catch (IllegalArgumentException bad) {
        out.add(VerifyItem.fail("verify.endpoints[" + i + "].get", "the URL " + bad.getMessage()));
      }
    }
    try (ProbeRunner runner = new ProbeRunner(RunContext.create(redactor))) {
      for (ProbeResult r : runner.runAll(probes, null)) {
        String detail =
            (r.reason() == null ? "" : r.reason() + ": ")
                + r.detail()
                + " ("
                + r.latencyMs()
                + " ms)";
        out.add(new VerifyItem(r.name(), r.status() == ProbeStatus.PASS, detail.strip(), r));
      }
    }
    return out;
  }
}
