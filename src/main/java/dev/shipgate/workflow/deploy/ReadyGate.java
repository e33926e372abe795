package dev.shipgate.workflow.deploy;

import dev.shipgate.config.ConfigSource;
import dev.shipgate.config.ServiceConfig;
import dev.shipgate.core.Event;
import dev.shipgate.core.Threads;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.check.CheckProbes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Polls services' {@code ready} checks with the probe engine until every check of a service passes
 * in one round, or its deadline passes. A service without checks but with a {@code port} is ready
 * when the port accepts connections; one with neither is ready at once. Any watched process that
 * exits ends the gate at once (the JVM reports the exit; nothing waits out a timeout for a dead
 * process). Progress goes out as events: ready, and the "why still waiting" lines (first after 750
 * ms, then every 5 s).
 */
final class ReadyGate {
  static final Duration INTERVAL = Duration.ofMillis(50);
  static final Duration FIRST_REPORT = Duration.ofMillis(750);
  static final Duration REPORT_EVERY = Duration.ofSeconds(5);

  /** How the gate ended. */
  sealed interface Result {}

  record AllReady() implements Result {}

  record Exited(Started service, Integer exitCode) implements Result {}

  /** Services that were still not ready at their deadline, with their last check results. */
  record TimedOut(List<Started> services) implements Result {}

  record Interrupted() implements Result {}

  private final ProbeRunner runner;
  private final ConfigSource source;
  private final Consumer<Event> events;
  private final Map<String, List<ProbeResult>> last = new LinkedHashMap<>();

  ReadyGate(ProbeRunner runner, ConfigSource source, Consumer<Event> events) {
    this.runner = runner;
    this.source = source;
    this.events = events;
  }

  /** The latest result of every check, by service. */
  Map<String, List<ProbeResult>> lastResults() {
    return last;
  }

  /**
   * @param gated the services to wait for, each until {@code budget} (null: its readyTimeout)
   * @param watched every process this run started (an exit of any ends the gate)
   */
  Result await(List<Started> gated, List<Started> watched, Duration budget) {
    long start = System.nanoTime();
    CompletableFuture<Started> anyExit = new CompletableFuture<>();
    for (Started s : watched) {
      s.process().onExit().thenRun(() -> anyExit.complete(s));
    }
    Map<Started, List<HttpProbe>> probes = new LinkedHashMap<>();
    Map<Started, Long> deadlines = new LinkedHashMap<>();
    Map<Started, Integer> rounds = new LinkedHashMap<>();
    for (Started s : gated) {
      probes.put(s, probesOf(s));
      Duration d = budget == null ? s.config().readyTimeout() : budget;
      deadlines.put(s, start + d.toNanos());
      rounds.put(s, 0);
    }
    List<Started> pending = new ArrayList<>(gated);
    List<Started> timedOut = new ArrayList<>();
    long nextReport = start + FIRST_REPORT.toNanos();
    ExecutorService pool = Threads.perTask("shipgate-ready-");
    try {
      while (!pending.isEmpty()) {
        if (anyExit.isDone()) {
          return exited(anyExit.join());
        }
        List<Started> round = List.copyOf(pending);
        CompletableFuture<Map<Started, Boolean>> poll =
            CompletableFuture.supplyAsync(() -> pollOnce(round, probes, deadlines, pool), pool);
        Object first;
        try {
          first = CompletableFuture.anyOf(poll, anyExit).get(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          poll.cancel(true);
          return new Interrupted();
        } catch (ExecutionException | TimeoutException e) {
          throw new IllegalStateException("ready gate poll failed", e.getCause());
        }
        if (first instanceof Started s) {
          poll.cancel(true);
          return exited(s);
        }
        Map<Started, Boolean> ready = poll.join();
        long now = System.nanoTime();
        for (Started s : round) {
          rounds.merge(s, 1, Integer::sum);
          if (ready.get(s)) {
            pending.remove(s);
            events.accept(
                new DeployEvents.ServiceReady(
                    s.name(), TimeUnit.NANOSECONDS.toMillis(now - start), rounds.get(s)));
          } else if (now - deadlines.get(s) >= 0) {
            pending.remove(s);
            timedOut.add(s);
          }
        }
        if (!pending.isEmpty() && now - nextReport >= 0) {
          for (Started s : pending) {
            events.accept(stillWaiting(s, now - start, deadlines.get(s) - start));
          }
          nextReport += REPORT_EVERY.toNanos();
        }
        if (!pending.isEmpty()) {
          try {
            Started s = anyExit.get(INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            return exited(s);
          } catch (TimeoutException e) {
            // next round
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Interrupted();
          } catch (ExecutionException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (anyExit.isDone()) {
      return exited(anyExit.join());
    }
    return timedOut.isEmpty() ? new AllReady() : new TimedOut(timedOut);
  }

  private Result exited(Started s) {
    return new Exited(s, s.process().exitCode().orElse(null));
  }

  private Map<Started, Boolean> pollOnce(
      List<Started> round,
      Map<Started, List<HttpProbe>> probes,
      Map<Started, Long> deadlines,
      ExecutorService pool) {
    Map<Started, Boolean> ready = new java.util.concurrent.ConcurrentHashMap<>();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (Started s : round) {
      long remaining = Math.max(1, deadlines.get(s) - System.nanoTime());
      List<HttpProbe> p = probes.get(s);
      if (p.isEmpty()) {
        ready.put(s, s.config().port() == null || accepts(s.config().port(), remaining));
        continue;
      }
      all.add(
          CompletableFuture.runAsync(
              () -> {
                List<ProbeResult> r = runner.runAll(p, Duration.ofNanos(remaining));
                synchronized (last) {
                  last.put(s.name(), informative(last.get(s.name()), r, p, remaining));
                }
                ready.put(s, r.stream().allMatch(x -> x.status() == ProbeStatus.PASS));
              },
              pool));
    }
    all.forEach(CompletableFuture::join);
    return ready;
  }

  /**
   * A check the deadline cut short (a TIMEOUT with less time than its own timeout) says nothing new
   * about the service: its previous result stays, so the failure names the real reason.
   */
  private static List<ProbeResult> informative(
      List<ProbeResult> before, List<ProbeResult> now, List<HttpProbe> probes, long remaining) {
    if (before == null || before.size() != now.size()) {
      return now;
    }
    List<ProbeResult> out = new ArrayList<>(now);
    for (int i = 0; i < now.size(); i++) {
      ProbeResult r = now.get(i);
      boolean cut =
          r.reason() == dev.shipgate.probe.FailureReason.TIMEOUT
              && remaining < probes.get(i).timeout().toNanos();
      if (cut) {
        out.set(i, before.get(i));
      }
    }
    return out;
  }

  private static boolean accepts(int port, long remainingNanos) {
    int ms = (int) Math.max(1, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(remainingNanos)));
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), ms);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private DeployEvents.StillWaiting stillWaiting(Started s, long elapsedNanos, long timeoutNanos) {
    List<DeployEvents.Pending> why = new ArrayList<>();
    List<ProbeResult> results;
    synchronized (last) {
      results = last.getOrDefault(s.name(), List.of());
    }
    for (ProbeResult r : results) {
      if (r.status() != ProbeStatus.PASS) {
        why.add(
            new DeployEvents.Pending(
                r.name(), r.reason() == null ? null : r.reason().name(), r.detail()));
      }
    }
    if (results.isEmpty()) {
      String what =
          s.config().port() == null
              ? "no answer yet"
              : "port " + s.config().port() + " does not accept connections yet";
      why.add(new DeployEvents.Pending(s.name(), null, what));
    }
    return new DeployEvents.StillWaiting(
        s.name(),
        TimeUnit.NANOSECONDS.toMillis(elapsedNanos),
        TimeUnit.NANOSECONDS.toMillis(timeoutNanos),
        why);
  }

  private List<HttpProbe> probesOf(Started s) {
    ServiceConfig c = s.config();
    List<HttpProbe> p = new ArrayList<>();
    for (int j = 0; j < c.ready().size(); j++) {
      var check = c.ready().get(j);
      String name = check.name() == null ? s.name() + ".ready[" + j + "]" : check.name();
      var named =
          new dev.shipgate.config.CheckConfig(
              name,
              check.get(),
              check.method(),
              check.headers(),
              check.body(),
              check.expect(),
              check.timeout(),
              check.connectTimeout(),
              check.retries(),
              check.retryBackoff());
      p.add(CheckProbes.of(named, source, "services", s.index(), "ready", j));
    }
    return p;
  }
}
