package dev.shipgate.workflow.deploy;

import dev.shipgate.config.TunnelConfig;
import dev.shipgate.core.Event;
import dev.shipgate.deploy.ProcessLookup;
import dev.shipgate.probe.Expectation;
import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.ProbeUris;
import dev.shipgate.probe.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The tunnel's four layers (D4), each its own failure class: the process runs → the connector
 * reports ready ({@code tunnel.metrics}, optional; cloudflared's {@code /ready} connection count is
 * read) → the local origin answers ({@code tunnel.local}) → the public URL answers ({@code
 * tunnel.public}) and, with {@code tunnel.expect}, shows the new version. It tests; starting,
 * stopping and restarting the process is the deploy's.
 */
final class TunnelStage {
  /** A layer, in the order they are tested. */
  enum Layer {
    PROCESS,
    CONNECTOR,
    LOCAL,
    PUBLIC
  }

  /** The first failed layer (null: all passed) and each tested layer's result. */
  record Check(Layer failed, String detail, List<ProbeResult> results) {
    boolean ok() {
      return failed == null;
    }
  }

  private final TunnelConfig config;
  private final ProbeRunner runner;
  private final Consumer<Event> events;
  private final java.util.Map<Layer, Boolean> shown = new java.util.EnumMap<>(Layer.class);

  TunnelStage(TunnelConfig config, ProbeRunner runner, Consumer<Event> events) {
    this.config = config;
    this.runner = runner;
    this.events = events;
  }

  /** Whether a process named {@code tunnel.process} runs (or {@code owned} is alive). */
  boolean processRunning(boolean ownedAlive) {
    if (ownedAlive) {
      return true;
    }
    return config.process() != null
        && !config.process().isBlank()
        && !ProcessLookup.running(config.process()).isEmpty();
  }

  /**
   * Tests layers 2-4 once (the process layer is the caller's, it knows what it owns). A layer's
   * event goes out when its result changes, so polling does not repeat the same line.
   */
  Check routes() {
    List<ProbeResult> results = new ArrayList<>();
    List<Layer> layers = new ArrayList<>();
    List<HttpProbe> probes = new ArrayList<>();
    if (present(config.metrics())) {
      layers.add(Layer.CONNECTOR);
      probes.add(connector());
    }
    if (present(config.local())) {
      layers.add(Layer.LOCAL);
      probes.add(answers("tunnel.local", config.local(), Expectation.statuses(below500())));
    }
    if (present(config.publicUrl())) {
      layers.add(Layer.PUBLIC);
      Expectation e = Expectation.compile(config.expect());
      if (config.expect().status().isEmpty()) {
        e = e.withStatuses(below500());
      }
      probes.add(answers("tunnel.public", config.publicUrl(), e));
    }
    List<ProbeResult> r = runner.runAll(probes, config.readyTimeout());
    Layer failed = null;
    String detail = null;
    for (int i = 0; i < r.size(); i++) {
      ProbeResult x = r.get(i);
      results.add(x);
      boolean ok = x.status() == ProbeStatus.PASS;
      if (!Boolean.valueOf(ok).equals(shown.put(layers.get(i), ok))) {
        events.accept(new DeployEvents.TunnelLayer(layers.get(i), ok, x.detail()));
      }
      if (!ok && failed == null) {
        failed = layers.get(i);
        detail = x.detail();
      }
    }
    return new Check(failed, detail, results);
  }

  private HttpProbe connector() {
    return HttpProbe.builder("tunnel.metrics", ProbeKind.CHECK, ProbeUris.http(config.metrics()))
        .timeout(Duration.ofSeconds(5))
        .judge(
            reply -> {
              Object n = readyConnections(reply.body());
              if (n instanceof Integer c && c <= 0) {
                return Verdict.fail(
                    FailureReason.ASSERTION, "connector reports 0 ready connections to the edge");
              }
              return Verdict.pass(
                  "HTTP " + reply.status() + (n == null ? "" : ", " + n + " ready connections"));
            })
        .build();
  }

  /** cloudflared's {@code {"status":200,"readyConnections":4}}; null when absent. */
  private static Object readyConnections(String body) {
    if (body == null) {
      return null;
    }
    var m = java.util.regex.Pattern.compile("\"readyConnections\"\\s*:\\s*(\\d+)").matcher(body);
    return m.find() ? Integer.parseInt(m.group(1)) : null;
  }

  private static HttpProbe answers(String name, String url, Expectation expect) {
    return HttpProbe.builder(name, ProbeKind.CHECK, ProbeUris.http(url))
        .expect(expect)
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  private static List<Integer> below500() {
    return IntStream.range(200, 500).boxed().toList();
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
