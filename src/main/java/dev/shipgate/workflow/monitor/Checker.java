package dev.shipgate.workflow.monitor;

import dev.shipgate.config.ConnectConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.core.Threads;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.monitor.Health;
import dev.shipgate.monitor.Observation;
import dev.shipgate.probe.Probe;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.RunContext;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks the due targets of one round all at once, each bounded by its timeout: every HTTP probe in
 * one {@link ProbeRunner} run, databases and processes on their own threads beside it.
 */
final class Checker implements AutoCloseable {
  private final ProbeRunner runner;
  private final Redactor redactor;
  private final ExecutorService pool = Threads.perTask("shipgate-monitor-");

  Checker(Redactor redactor) {
    this.redactor = redactor;
    this.runner = new ProbeRunner(RunContext.create(redactor));
  }

  String traceId() {
    return runner.context().traceId();
  }

  List<Observation> check(List<MonitoredTarget> due) {
    Map<String, Future<Observation>> side = new LinkedHashMap<>();
    List<Probe> http = new ArrayList<>();
    Map<String, List<Integer>> slots = new LinkedHashMap<>();
    for (MonitoredTarget t : due) {
      switch (t.check()) {
        case TargetCheck.Http h -> {
          List<Integer> idx = new ArrayList<>();
          for (Probe p : h.probes()) {
            idx.add(http.size());
            http.add(p);
          }
          slots.put(t.name(), idx);
        }
        case TargetCheck.Database d -> side.put(t.name(), pool.submit(() -> database(t.name(), d)));
        case TargetCheck.Process p -> side.put(t.name(), pool.submit(() -> process(t.name(), p)));
      }
    }
    List<ProbeResult> results = http.isEmpty() ? List.of() : runner.runAll(http, null);
    List<Observation> out = new ArrayList<>();
    for (MonitoredTarget t : due) {
      if (slots.containsKey(t.name())) {
        out.add(combine(t.name(), slots.get(t.name()).stream().map(results::get).toList()));
      } else {
        out.add(await(t, side.get(t.name())));
      }
    }
    return out;
  }

  /** All probes of a target: the first failure decides, else the first degraded one, else pass. */
  private static Observation combine(String name, List<ProbeResult> rs) {
    long latency = rs.stream().mapToLong(ProbeResult::latencyMs).max().orElse(0);
    for (ProbeResult r : rs) {
      if (r.status() == ProbeStatus.FAIL) {
        return new Observation(
            name, Health.FAIL, r.reason() == null ? null : r.reason().name(), r.detail(), latency);
      }
    }
    for (ProbeResult r : rs) {
      if (r.status() == ProbeStatus.DEGRADED) {
        return new Observation(
            name,
            Health.DEGRADED,
            r.reason() == null ? null : r.reason().name(),
            r.detail(),
            latency);
      }
    }
    return Observation.pass(name, latency);
  }

  private Observation database(String name, TargetCheck.Database d) {
    long t0 = System.nanoTime();
    ConnectConfig once =
        new ConnectConfig(1, Duration.ofMillis(1), Duration.ofMillis(1), d.timeout());
    OpenOptions opts = new OpenOptions(d.timeout(), d.timeout(), false, "shipgate monitor");
    try (DbSession s = Connector.connect(d.url(), once, opts, Events.none())) {
      s.latency(1);
      return Observation.pass(name, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    } catch (ShipgateException e) {
      return Observation.fail(name, e.code().id(), redactor.redact(e.getMessage()));
    } catch (SQLException e) {
      return Observation.fail(
          name, "DB_QUERY_FAILED", redactor.redact(Connector.reason(e, d.url())));
    }
  }

  private static Observation process(String name, TargetCheck.Process p) {
    boolean running =
        ProcessHandle.allProcesses()
            .filter(h -> h.pid() != ProcessHandle.current().pid())
            .anyMatch(h -> matches(h, p.name()));
    return running
        ? Observation.pass(name, 0)
        : Observation.fail(
            name,
            "NOT_RUNNING",
            "no process named " + p.name() + " or with it in its command line");
  }

  private static boolean matches(ProcessHandle h, String name) {
    ProcessHandle.Info info = h.info();
    boolean byName =
        info.command()
            .map(c -> c.substring(c.lastIndexOf('/') + 1))
            .map(name::equals)
            .orElse(false);
    return byName || info.commandLine().map(c -> c.contains(name)).orElse(false);
  }

  private static Observation await(MonitoredTarget t, Future<Observation> f) {
    Duration limit =
        t.check() instanceof TargetCheck.Database d
            ? d.timeout().plusSeconds(2)
            : Duration.ofSeconds(10);
    try {
      return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return Observation.fail(t.name(), "TIMEOUT", "no answer within " + limit.toMillis() + "ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      return Observation.fail(t.name(), "INTERRUPTED", "the round was interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      return Observation.fail(
          t.name(), "INTERNAL", "the check crashed: " + e.getCause().getClass().getSimpleName());
    }
  }

  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    runner.close();
    pool.shutdownNow();
  }
}
