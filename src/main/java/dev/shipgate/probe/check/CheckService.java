package dev.shipgate.probe.check;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.probe.Probe;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.RunContext;
import dev.shipgate.probe.agent.AgentProbes;
import dev.shipgate.probe.external.ExternalProbes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Runs the config's checks, externals and agents (all, or the named ones) as one bounded run. */
public final class CheckService {
  private CheckService() {}

  /**
   * @param names probe names to run; empty runs every probe
   * @param cap an upper bound for every probe's timeout (null: their own timeouts)
   * @throws ShipgateException 64 for an unknown name, 66/78 when there is nothing to check
   */
  public static CheckReport run(
      ShipgateConfig config, Redactor redactor, List<String> names, Duration cap) {
    List<Probe> probes = plan(config, names);
    RunContext context = RunContext.create(redactor);
    long start = System.nanoTime();
    List<ProbeResult> results;
    try (ProbeRunner runner = new ProbeRunner(context)) {
      results = runner.runAll(probes, cap);
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return new CheckReport(context.runId(), ms, results);
  }

  /** The probes to run, in config order: checks, then externals, then agents. */
  static List<Probe> plan(ShipgateConfig config, List<String> names) {
    Set<String> known = knownNames(config);
    if (known.isEmpty()) {
      throw nothingToCheck(config);
    }
    Set<String> wanted = new LinkedHashSet<>(names);
    for (String n : wanted) {
      if (!known.contains(n)) {
        throw ShipgateException.usage(
            "unknown check '" + n + "'; known: " + String.join(", ", known));
      }
    }
    var src = config.source();
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < config.checks().size(); i++) {
      if (selected(wanted, config.checks().get(i).name())) {
        probes.add(CheckProbes.of(config.checks().get(i), i, src));
      }
    }
    for (int i = 0; i < config.externals().size(); i++) {
      if (selected(wanted, config.externals().get(i).name())) {
        probes.add(ExternalProbes.of(config.externals().get(i), i, src));
      }
    }
    for (int i = 0; i < config.agents().size(); i++) {
      if (selected(wanted, config.agents().get(i).name())) {
        probes.add(AgentProbes.of(config.agents().get(i), i, src));
      }
    }
    return probes;
  }

  private static boolean selected(Set<String> wanted, String name) {
    return wanted.isEmpty() || wanted.contains(name);
  }

  private static Set<String> knownNames(ShipgateConfig c) {
    Set<String> names = new LinkedHashSet<>();
    c.checks().forEach(x -> names.add(x.name()));
    c.externals().forEach(x -> names.add(x.name()));
    c.agents().forEach(x -> names.add(x.name()));
    return names;
  }

  private static ShipgateException nothingToCheck(ShipgateConfig config) {
    if (config.source().file().isEmpty()) {
      return ShipgateException.inputMissing(
          "nothing to check: no shipgate.yaml here; create one with checks:, externals: or agents: (or pass -c FILE)");
    }
    return ShipgateException.config(
        config.source().file().get()
            + ": nothing to check; add checks:, externals: or agents: (see docs/probes.md)");
  }
}
