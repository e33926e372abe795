package dev.shipgate.workflow.monitor;

import dev.shipgate.config.CheckConfig;
import dev.shipgate.config.ConfigSource;
import dev.shipgate.config.MonitorConfig;
import dev.shipgate.config.MonitorTargetConfig;
import dev.shipgate.config.RecoveryActionConfig;
import dev.shipgate.config.ServiceConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.config.TunnelConfig;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.incidents.Category;
import dev.shipgate.monitor.TargetPolicy;
import dev.shipgate.probe.ConfigErrors;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.Probe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeUris;
import dev.shipgate.probe.agent.AgentProbes;
import dev.shipgate.probe.check.CheckProbes;
import dev.shipgate.probe.external.ExternalProbes;
import dev.shipgate.recovery.RecoveryAction;
import dev.shipgate.recovery.RecoveryTarget;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitor's targets from the config: {@code database}, each check, external and agent by name,
 * each service by name (its {@code ready} checks), and the tunnel's layers {@code tunnel.process},
 * {@code tunnel.local}, {@code tunnel.public}. Built-in dependencies: services on {@code database};
 * {@code tunnel.public} on {@code tunnel.process} and {@code tunnel.local}. {@code
 * monitor.targets.<name>} overrides any of it. Mistakes are exit 78 naming the key.
 */
public final class MonitorTargets {
  public static final String DATABASE = "database";
  public static final String TUNNEL_PROCESS = "tunnel.process";
  public static final String TUNNEL_LOCAL = "tunnel.local";
  public static final String TUNNEL_PUBLIC = "tunnel.public";

  private MonitorTargets() {}

  private record Base(
      String name,
      String kind,
      TargetCheck check,
      Category category,
      boolean optional,
      List<String> deps,
      RecoveryActionConfig recover) {}

  static List<MonitoredTarget> of(ShipgateConfig config) {
    ConfigSource src = config.source();
    List<Base> bases = new ArrayList<>();
    boolean hasDb = config.database().url().isPresent();
    if (hasDb) {
      DatabaseUrl url;
      try {
        url = DatabaseUrl.parse(config.database().url().reveal(), src.baseDir());
      } catch (IllegalArgumentException e) {
        throw ShipgateException.config(
            src.where("database", "url") + ": 'database.url': " + e.getMessage());
      }
      bases.add(
          new Base(
              DATABASE,
              "database",
              new TargetCheck.Database(url, config.database().connect().timeout()),
              Category.DB,
              false,
              List.of(),
              null));
    }
    for (int i = 0; i < config.checks().size(); i++) {
      CheckConfig c = config.checks().get(i);
      bases.add(
          new Base(
              c.name(),
              "check",
              new TargetCheck.Http(List.of(CheckProbes.of(c, i, src))),
              Category.BACKEND,
              false,
              List.of(),
              null));
    }
    for (int i = 0; i < config.externals().size(); i++) {
      var e = config.externals().get(i);
      Probe p = ExternalProbes.of(e, i, src);
      bases.add(
          new Base(
              e.name(),
              "external",
              new TargetCheck.Http(List.of(p)),
              Category.API,
              Boolean.TRUE.equals(e.optional()),
              List.of(),
              null));
    }
    for (int i = 0; i < config.agents().size(); i++) {
      var a = config.agents().get(i);
      bases.add(
          new Base(
              a.name(),
              "agent",
              new TargetCheck.Http(List.of(AgentProbes.of(a, i, src))),
              Category.BACKEND,
              false,
              List.of(),
              null));
    }
    for (ServiceConfig s : config.services()) {
      if (s.ready().isEmpty()) {
        continue;
      }
      List<Probe> probes = new ArrayList<>();
      for (int j = 0; j < s.ready().size(); j++) {
        CheckConfig r = s.ready().get(j);
        CheckConfig named =
            r.name() == null
                ? new CheckConfig(
                    s.name() + ".ready[" + j + "]",
                    r.get(),
                    r.method(),
                    r.headers(),
                    r.body(),
                    r.expect(),
                    r.timeout(),
                    r.connectTimeout(),
                    r.retries(),
                    r.retryBackoff())
                : r;
        probes.add(CheckProbes.of(named, j, src));
      }
      RecoveryActionConfig trigger =
          s.recover() != null && s.recover().trigger() != null
              ? new RecoveryActionConfig(null, Duration.ofSeconds(10), s.recover().trigger())
              : null;
      bases.add(
          new Base(
              s.name(),
              "service",
              new TargetCheck.Http(probes),
              Category.BACKEND,
              false,
              hasDb ? List.of(DATABASE) : List.of(),
              trigger));
    }
    TunnelConfig t = config.tunnel();
    if (t != null) {
      List<String> publicDeps = new ArrayList<>();
      if (t.process() != null && !t.process().isBlank()) {
        bases.add(
            new Base(
                TUNNEL_PROCESS,
                "tunnel",
                new TargetCheck.Process(t.process()),
                Category.TUNNEL,
                false,
                List.of(),
                null));
        publicDeps.add(TUNNEL_PROCESS);
      }
      if (t.local() != null && !t.local().isBlank()) {
        bases.add(
            new Base(
                TUNNEL_LOCAL,
                "tunnel",
                http(TUNNEL_LOCAL, t.local(), src, "local"),
                Category.TUNNEL,
                false,
                List.of(),
                null));
        publicDeps.add(TUNNEL_LOCAL);
      }
      if (t.publicUrl() != null && !t.publicUrl().isBlank()) {
        bases.add(
            new Base(
                TUNNEL_PUBLIC,
                "tunnel",
                http(TUNNEL_PUBLIC, t.publicUrl(), src, "public"),
                Category.TUNNEL,
                false,
                publicDeps,
                null));
      }
    }
    return withOverrides(config, bases);
  }

  private static TargetCheck http(String name, String url, ConfigSource src, String key) {
    URI uri;
    try {
      uri = ProbeUris.http(url);
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(src, e.getMessage(), "tunnel", key);
    }
    HttpProbe p =
        HttpProbe.builder(name, ProbeKind.CHECK, uri).timeout(Duration.ofSeconds(10)).build();
    return new TargetCheck.Http(List.of(p));
  }

  private static List<MonitoredTarget> withOverrides(ShipgateConfig config, List<Base> bases) {
    MonitorConfig m = config.monitor();
    ConfigSource src = config.source();
    Map<String, Base> byName = new LinkedHashMap<>();
    for (Base b : bases) {
      if (byName.put(b.name(), b) != null) {
        throw ShipgateException.config(
            src.where()
                + ": two monitor targets are named '"
                + b.name()
                + "'; give checks, externals, agents and services different names");
      }
    }
    java.util.Set<String> services = new java.util.HashSet<>();
    config.services().forEach(sv -> services.add(sv.name()));
    for (String name : m.targets().keySet()) {
      // a service without ready checks is no target, but may still have a stop command
      if (!byName.containsKey(name) && !services.contains(name)) {
        throw ShipgateException.config(
            src.where("monitor", "targets", name)
                + ": 'monitor.targets."
                + name
                + "' is not a target; targets are: "
                + String.join(", ", byName.keySet()));
      }
    }
    List<MonitoredTarget> out = new ArrayList<>();
    for (Base b : bases) {
      MonitorTargetConfig o = m.target(b.name());
      Duration interval = o.interval() != null ? o.interval() : m.interval();
      int failures = o.failureThreshold() != null ? o.failureThreshold() : m.failureThreshold();
      int passes = o.successThreshold() != null ? o.successThreshold() : m.successThreshold();
      String key =
          "monitor"
              + (o.interval() != null
                      || o.failureThreshold() != null
                      || o.successThreshold() != null
                  ? ".targets." + b.name()
                  : "");
      if (!interval.isPositive()) {
        throw ShipgateException.config(
            src.where() + ": '" + key + ".interval' must be more than 0 (e.g. 30s)");
      }
      if (failures < 1 || passes < 1) {
        throw ShipgateException.config(
            src.where()
                + ": '"
                + key
                + ".failureThreshold' and 'successThreshold' must be at least 1");
      }
      boolean optional = o.optional() != null ? o.optional() : b.optional();
      List<String> deps = o.dependsOn() != null ? o.dependsOn() : b.deps();
      TargetPolicy policy =
          new TargetPolicy(b.name(), b.kind(), interval, failures, passes, optional, deps);
      RecoveryActionConfig recover = o.recover() != null ? o.recover() : b.recover();
      RecoveryTarget recovery =
          recovery(config, b.name(), recover, o.budget() != null ? o.budget() : m.budget());
      out.add(
          new MonitoredTarget(
              policy, b.check(), b.category(), recovery, o.stop(), o.stopTimeout()));
    }
    return out;
  }

  private static RecoveryTarget recovery(
      ShipgateConfig config,
      String name,
      RecoveryActionConfig r,
      dev.shipgate.config.RecoveryBudgetConfig budget) {
    if (r == null) {
      return null;
    }
    ConfigSource src = config.source();
    boolean command = r.command() != null && !r.command().isBlank();
    boolean trigger = r.trigger() != null && !r.trigger().isBlank();
    if (command == trigger) {
      throw ShipgateException.config(
          src.where("monitor", "targets", name, "recover")
              + ": 'monitor.targets."
              + name
              + ".recover' needs exactly one of command: or trigger:");
    }
    if (!r.timeout().isPositive()) {
      throw ShipgateException.config(
          src.where("monitor", "targets", name, "recover", "timeout")
              + ": 'monitor.targets."
              + name
              + ".recover.timeout' must be more than 0 (e.g. 60s)");
    }
    RecoveryAction action;
    if (command) {
      action = new RecoveryAction.Command(r.command(), src.baseDir(), Map.of(), r.timeout());
    } else {
      try {
        action = new RecoveryAction.Trigger(ProbeUris.http(r.trigger()), r.timeout());
      } catch (IllegalArgumentException e) {
        throw ShipgateException.config(
            src.where("monitor", "targets", name, "recover", "trigger")
                + ": 'monitor.targets."
                + name
                + ".recover.trigger' "
                + e.getMessage());
      }
    }
    return new RecoveryTarget(name, action, budget);
  }
}
