package dev.shipgate.workflow.health;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.TunnelConfig;
import dev.shipgate.probe.Expectation;
import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.ProbeUris;
import dev.shipgate.probe.RunContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * The tunnel's layers: its process running (by name), the local origin answering, the public URL
 * answering (any status below 500 counts as answering).
 */
final class TunnelCheck implements Callable<TunnelState> {
  private static final Expectation ANSWERS =
      Expectation.statuses(IntStream.range(100, 500).boxed().toList());

  private final TunnelConfig tunnel;
  private final Redactor redactor;
  private final Duration timeout;

  TunnelCheck(TunnelConfig tunnel, Redactor redactor, Duration timeout) {
    this.tunnel = tunnel;
    this.redactor = redactor;
    this.timeout = timeout;
  }

  @Override
  public TunnelState call() {
    List<TunnelLayer> layers = new ArrayList<>();
    if (tunnel.process() != null && !tunnel.process().isBlank()) {
      layers.add(process(tunnel.process().strip()));
    }
    List<HttpProbe> probes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    add(probes, names, "local", tunnel.local(), layers);
    add(probes, names, "public", tunnel.publicUrl(), layers);
    if (!probes.isEmpty()) {
      try (ProbeRunner runner = new ProbeRunner(RunContext.create(redactor))) {
        List<ProbeResult> results = runner.runAll(probes, timeout);
        for (int i = 0; i < results.size(); i++) {
          ProbeResult r = results.get(i);
          layers.add(
              new TunnelLayer(names.get(i), r.status(), r.reason(), r.latencyMs(), r.detail()));
        }
      }
    }
    return new TunnelState(layers);
  }

  private static void add(
      List<HttpProbe> probes,
      List<String> names,
      String layer,
      String url,
      List<TunnelLayer> layers) {
    if (url == null || url.isBlank()) {
      return;
    }
    try {
      probes.add(
          HttpProbe.builder("tunnel-" + layer, ProbeKind.CHECK, ProbeUris.http(url))
              .expect(ANSWERS)
              .timeout(Duration.ofSeconds(5))
              .build());
      names.add(layer);
    } catch (IllegalArgumentException e) {
      layers.add(
          new TunnelLayer(
              layer,
              ProbeStatus.FAIL,
              FailureReason.ASSERTION,
              null,
              "tunnel." + layer + " " + e.getMessage()));
    }
  }

  /** Running when a process's command (its last path element) is the configured name. */
  static TunnelLayer process(String name) {
    boolean running =
        ProcessHandle.allProcesses()
            .map(p -> p.info().command().orElse(""))
            .anyMatch(c -> c.equals(name) || c.endsWith("/" + name));
    return running
        ? new TunnelLayer("process", ProbeStatus.PASS, null, null, name + " is running")
        : new TunnelLayer(
            "process",
            ProbeStatus.FAIL,
            FailureReason.CONNECTION_REFUSED,
            null,
            "no process named " + name + " is running (start it: tunnel.start)");
  }
}
