package dev.shipgate.probe.wait;

import dev.shipgate.config.Redactor;
import dev.shipgate.core.Threads;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.RunContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Waits for every target at once, one thread polling each, until all are ready or the timeout
 * passes. A target that becomes ready is reported at once (no tick to wait for); targets still
 * pending are reported first after {@link #FIRST_REPORT}, then every {@link #REPORT_EVERY}.
 */
public final class WaitService {
  static final Duration FIRST_REPORT = Duration.ofMillis(750);
  static final Duration REPORT_EVERY = Duration.ofSeconds(5);

  /** How long stopped pollers get to finish the attempt in flight once the wait is over. */
  private static final Duration SETTLE = Duration.ofSeconds(2);

  private final WaitOptions options;
  private final Redactor redactor;
  private final WaitProgress progress;
  private final WaitClock clock;
  private final TargetPoller poller;

  public WaitService(WaitOptions options, Redactor redactor, WaitProgress progress) {
    this(options, redactor, progress, WaitClock.SYSTEM, null);
  }

  /** With a clock and a poller of the caller's (tests); a null poller polls for real. */
  WaitService(
      WaitOptions options,
      Redactor redactor,
      WaitProgress progress,
      WaitClock clock,
      TargetPoller poller) {
    this.options = options;
    this.redactor = redactor;
    this.progress = progress;
    this.clock = clock;
    this.poller = poller;
  }

  /** Parses targets as {@link WaitTarget#parse} does; for callers that hold strings. */
  public static List<WaitTarget> targets(List<String> texts) {
    return texts.stream().map(WaitTarget::parse).toList();
  }

  public WaitReport run(List<WaitTarget> targets) {
    long start = clock.nanoTime();
    long deadline = start + options.timeout().toNanos();
    List<TargetState> states = targets.stream().map(TargetState::new).toList();
    BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    ExecutorService executor = Threads.perTask("shipgate-wait-");
    ProbeRunner runner = poller == null ? new ProbeRunner(RunContext.create(redactor)) : null;
    try {
      TargetPoller p = poller != null ? poller : new Poller(runner, options.statuses());
      for (int i = 0; i < states.size(); i++) {
        int index = i;
        executor.execute(
            () -> {
              try {
                poll(p, states.get(index), index, deadline, signals);
              } finally {
                signals.add(new Signal(index, Signal.DONE));
              }
            });
      }
      watch(states, signals, start, deadline);
    } finally {
      executor.shutdownNow();
      settle(executor);
      if (runner != null) {
        runner.close();
      }
    }
    for (Signal s; (s = signals.poll()) != null; ) {
      if (s.kind() == Signal.READY) {
        progress.ready(outcome(states.get(s.index()), start, deadline));
      }
    }
    List<TargetOutcome> outcomes = new ArrayList<>();
    states.forEach(s -> outcomes.add(outcome(s, start, deadline)));
    return new WaitReport(
        outcomes,
        TimeUnit.NANOSECONDS.toMillis(clock.nanoTime() - start),
        options.timeout().toMillis());
  }

  /** Lets the attempts in flight (each bounded by the deadline) record what they saw. */
  private static void settle(ExecutorService executor) {
    try {
      executor.awaitTermination(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void poll(
      TargetPoller poller, TargetState s, int index, long deadline, BlockingQueue<Signal> signals) {
    Duration interval = options.intervalFor(s.target);
    while (!Thread.currentThread().isInterrupted()) {
      long remaining = deadline - clock.nanoTime();
      if (remaining <= 0) {
        return;
      }
      Duration attempt = min(options.requestTimeout(), Duration.ofNanos(remaining));
      Observation o = poller.poll(s.target, attempt);
      s.attempts++;
      if (o.ready() || s.last == null || !cutShortByTheDeadline(o, attempt)) {
        s.last = o; // an attempt the deadline cut short says nothing new about the target
      }
      if (o.ready()) {
        s.readyAt = clock.nanoTime();
        s.ready = true;
        signals.add(new Signal(index, Signal.READY));
        return;
      }
      signals.add(new Signal(index, Signal.OBSERVED));
      long left = deadline - clock.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        clock.sleep(min(interval, Duration.ofNanos(left)));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void watch(
      List<TargetState> states, BlockingQueue<Signal> signals, long start, long deadline) {
    int done = 0;
    long nextReport = start + FIRST_REPORT.toNanos();
    try {
      while (done < states.size()) {
        long now = clock.nanoTime();
        if (now >= deadline) {
          break;
        }
        Signal signal = signals.poll(Math.min(nextReport, deadline) - now, TimeUnit.NANOSECONDS);
        if (signal != null && signal.kind() == Signal.READY) {
          progress.ready(outcome(states.get(signal.index()), start, deadline));
        } else if (signal != null && signal.kind() == Signal.DONE) {
          done++;
        }
        now = clock.nanoTime();
        if (now >= nextReport && now < deadline) {
          progress.stillWaiting(
              Duration.ofNanos(now - start),
              options.timeout(),
              states.stream().filter(s -> !s.ready).map(s -> outcome(s, start, deadline)).toList());
          while (nextReport <= now) {
            nextReport += REPORT_EVERY.toNanos();
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private TargetOutcome outcome(TargetState s, long start, long deadline) {
    long readyAt = s.readyAt;
    boolean ready = s.ready && readyAt - deadline <= 0;
    long now = clock.nanoTime();
    long end = ready ? readyAt : now - deadline < 0 ? now : deadline;
    Observation last = s.last;
    if (last != null) {
      last =
          new Observation(
              last.ready(), last.reason(), redactor.redact(last.detail()), last.httpStatus());
    }
    return new TargetOutcome(
        redactor.redact(s.target.text()),
        ready,
        TimeUnit.NANOSECONDS.toMillis(end - start),
        s.attempts,
        last);
  }

  /** It timed out with less time than a full request was given: the wait ended, not the target. */
  private boolean cutShortByTheDeadline(Observation o, Duration attempt) {
    return o.reason() == dev.shipgate.probe.FailureReason.TIMEOUT
        && attempt.compareTo(options.requestTimeout()) < 0;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** What a poller tells the watcher: a target became ready, was observed, or is done. */
  private record Signal(int index, int kind) {
    static final int READY = 0;
    static final int OBSERVED = 1;
    static final int DONE = 2;
  }

  /** One target's latest state; written by its poller thread only. */
  private static final class TargetState {
    final WaitTarget target;
    volatile Observation last;
    volatile int attempts;
    volatile long readyAt;
    volatile boolean ready;

    TargetState(WaitTarget target) {
      this.target = target;
    }
  }
}
