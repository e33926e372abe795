package dev.shipgate.workflow.health;

import dev.shipgate.core.Events;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One background part: its source, its timeout and its latest {@link Sample}. At most one check of
 * a part runs at a time; one that outlives its timeout is reported as timed out at the deadline
 * (and interrupted), and a late value still replaces the sample when it comes.
 */
final class Part<T> {
  private final PartName name;
  private final Callable<T> source;
  private final Duration timeout;
  private final Clock clock;
  private final Events events;
  private final AtomicReference<Sample<T>> latest = new AtomicReference<>(Sample.pending());
  private CompletableFuture<Sample<T>> answer;
  private long startedNanos;
  private boolean busy;

  Part(PartName name, Callable<T> source, Duration timeout, Clock clock, Events events) {
    this.name = name;
    this.source = source;
    this.timeout = timeout;
    this.clock = clock;
    this.events = events;
  }

  Sample<T> latest() {
    return latest.get();
  }

  /**
   * Starts a check unless one is running; completes with its sample, or the timed-out sample at the
   * deadline.
   */
  synchronized CompletableFuture<Sample<T>> run(
      ExecutorService workers, ScheduledExecutorService timer) {
    if (busy) {
      events.emit(
          new HealthEvents.StillRunning(
              name, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos)));
      return answer.isDone() ? CompletableFuture.completedFuture(latest.get()) : answer;
    }
    busy = true;
    startedNanos = System.nanoTime();
    CompletableFuture<Sample<T>> result = new CompletableFuture<>();
    answer = result;
    long t0 = startedNanos;
    Future<?> work;
    try {
      work = workers.submit(() -> check(result, t0));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      busy = false;
      result.complete(latest.get());
      return result;
    }
    timer.schedule(
        () -> {
          Sample<T> t = Sample.timedOut(clock.instant(), timeout);
          if (result.complete(t)) {
            latest.set(t);
            events.emit(new HealthEvents.Checked(name, false, true, timeout.toMillis(), t.error()));
            work.cancel(true);
          }
        },
        timeout.toMillis(),
        TimeUnit.MILLISECONDS);
    return result;
  }

  private void check(CompletableFuture<Sample<T>> result, long t0) {
    Sample<T> s;
    boolean produced = false;
    try {
      T value = source.call();
      s = Sample.of(value, clock.instant(), Duration.ofNanos(System.nanoTime() - t0));
      produced = true;
    } catch (Exception | LinkageError e) {
      s = Sample.failed(message(e), clock.instant(), Duration.ofNanos(System.nanoTime() - t0));
    } finally {
      synchronized (this) {
        busy = false;
      }
    }
    if (result.complete(s) || produced) {
      latest.set(s);
      events.emit(new HealthEvents.Checked(name, produced, false, s.durationMs(), s.error()));
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : m.strip().lines().findFirst().orElse("");
  }
}
