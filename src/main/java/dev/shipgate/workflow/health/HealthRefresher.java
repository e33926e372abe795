package dev.shipgate.workflow.health;

import dev.shipgate.core.Events;
import dev.shipgate.core.Threads;
import dev.shipgate.probe.check.CheckReport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Checks every configured part in the background every {@code refresh}, all at once, each on its
 * own thread and bounded by its own timeout, and keeps the latest result of each. A reader ({@link
 * #snapshot}) never waits on a dependency; {@link #refreshNow} is for callers that asked to wait
 * (doctor/run), and is bounded by the slowest timeout.
 */
public final class HealthRefresher implements AutoCloseable {
  private final Map<PartName, Part<?>> parts;
  private final List<Runnable> listeners;
  private final Duration refresh;
  private final Clock clock;

  /** One platform thread per running check, never more than one per part ({@link Threads}). */
  private final ExecutorService workers = Threads.perTask("shipgate-health-");

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("shipgate-refresh").unstarted(r));

  private HealthRefresher(
      Map<PartName, Part<?>> parts, List<Runnable> listeners, Duration refresh, Clock clock) {
    this.parts = parts;
    this.listeners = listeners;
    this.refresh = refresh;
    this.clock = clock;
  }

  public static Builder builder(Clock clock, Duration refresh, Events events) {
    return new Builder(clock, refresh, events);
  }

  /** Calls {@code listener} after every part's result (for meters that count each result). */
  public void subscribe(Runnable listener) {
    listeners.add(listener);
  }

  /** Starts checking now, then every {@code refresh} after the previous round was started. */
  public void start() {
    timer.scheduleAtFixedRate(this::tick, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tick() {
    for (Part<?> p : parts.values()) {
      p.run(workers, timer);
    }
  }

  /** Checks every part now (a running check is joined, not repeated) and returns the snapshot. */
  public CompletableFuture<HealthSnapshot> refreshNow() {
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (Part<?> p : parts.values()) {
      all.add(p.run(workers, timer));
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
        .thenApply(x -> snapshot());
  }

  public HealthSnapshot snapshot() {
    return new HealthSnapshot(
        clock.instant(),
        latest(PartName.DATABASE),
        latest(PartName.MIGRATIONS),
        latest(PartName.PROBES),
        latest(PartName.TUNNEL),
        latest(PartName.INCIDENTS),
        latest(PartName.DEPLOYS));
  }

  @SuppressWarnings("unchecked")
  private <T> Sample<T> latest(PartName name) {
    Part<?> p = parts.get(name);
    return p == null ? null : (Sample<T>) p.latest();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    workers.shutdownNow();
  }

  /** Which parts run; leave out what is not configured. */
  public static final class Builder {
    private final Clock clock;
    private final Duration refresh;
    private final Events events;
    private final Map<PartName, Part<?>> parts = new EnumMap<>(PartName.class);
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Builder(Clock clock, Duration refresh, Events events) {
      this.clock = clock;
      this.refresh = refresh;
      this.events =
          e -> {
            events.emit(e);
            if (e instanceof HealthEvents.Checked) {
              listeners.forEach(Runnable::run);
            }
          };
    }

    public Builder database(
        dev.shipgate.db.DatabaseUrl url,
        dev.shipgate.config.ConnectConfig connect,
        Duration lockTimeout,
        Duration timeout) {
      return part(PartName.DATABASE, new DatabaseCheck(url, connect, lockTimeout), timeout);
    }

    public Builder migrations(
        dev.shipgate.workflow.StatusWorkflow workflow,
        java.util.function.Supplier<dev.shipgate.status.StatusService.Request> request,
        Duration timeout) {
      return part(PartName.MIGRATIONS, new MigrationCheck(workflow, request), timeout);
    }

    public Builder probes(Callable<CheckReport> run, Duration timeout) {
      return part(PartName.PROBES, run, timeout);
    }

    public Builder tunnel(
        dev.shipgate.config.TunnelConfig tunnel,
        dev.shipgate.config.Redactor redactor,
        Duration timeout) {
      return part(PartName.TUNNEL, new TunnelCheck(tunnel, redactor, timeout), timeout);
    }

    public Builder incidents(IncidentDesk desk, Duration timeout) {
      return part(PartName.INCIDENTS, desk::state, timeout);
    }

    public Builder deploys(java.nio.file.Path reportDir, Duration timeout) {
      return part(PartName.DEPLOYS, new DeployReports(reportDir), timeout);
    }

    /** Any part from any source (tests use sources that hang). */
    public <T> Builder part(PartName name, Callable<T> source, Duration timeout) {
      parts.put(name, new Part<>(name, source, timeout, clock, events));
      return this;
    }

    public HealthRefresher build() {
      return new HealthRefresher(new EnumMap<>(parts), listeners, refresh, clock);
    }
  }
}
