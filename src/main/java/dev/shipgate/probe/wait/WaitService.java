package dev.shipgate.probe.wait;

import dev.shipgate.config.Redactor;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.RunContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Waits for every target at once, one virtual thread polling each, until all are ready or the
 * timeout passes. A target that becomes ready is reported at once (no tick to wait for); targets
 * still pending are reported first after {@link #FIRST_REPORT}, then every {@link #REPORT_EVERY}.
 */
public final class WaitService {
  static final Duration FIRST_REPORT = Duration.ofMillis(750);
  static final Duration REPORT_EVERY = Duration.ofSeconds(5);

  private final WaitOptions options;
  private final Redactor redactor;
  private final WaitProgress progress;

  public WaitService(WaitOptions options, Redactor redactor, WaitProgress progress) {
    this.options = options;
    this.redactor = redactor;
    this.progress = progress;
  }

  /** Parses targets as {@link WaitTarget#parse} does; for callers that hold strings. */
  public static List<WaitTarget> targets(List<String> texts) {
    return texts.stream().map(WaitTarget::parse).toList();
  }

  public WaitReport run(List<WaitTarget> targets) {
    long start = System.nanoTime();
    long deadline = start + options.timeout().toNanos();
    List<TargetState> states = targets.stream().map(TargetState::new).toList();
    BlockingQueue<Integer> readyEvents = new LinkedBlockingQueue<>();
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    ProbeRunner runner = new ProbeRunner(RunContext.create(redactor));
    try {
      Poller poller = new Poller(runner, options.statuses());
      for (int i = 0; i < states.size(); i++) {
        int index = i;
        executor.execute(() -> poll(poller, states.get(index), index, deadline, readyEvents));
      }
      watch(states, readyEvents, start, deadline);
    } finally {
      executor.shutdownNow();
      runner.close();
    }
    List<TargetOutcome> outcomes = new ArrayList<>();
    states.forEach(s -> outcomes.add(outcome(s, start, deadline)));
    return new WaitReport(
        outcomes,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
        options.timeout().toMillis());
  }

  private void poll(
      Poller poller, TargetState s, int index, long deadline, BlockingQueue<Integer> readyEvents) {
    Duration interval = options.intervalFor(s.target);
    while (!Thread.currentThread().isInterrupted()) {
      long remaining = deadline - System.nanoTime();
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
        s.readyAt = System.nanoTime();
        s.ready = true;
        readyEvents.add(index);
        return;
      }
      try {
        Thread.sleep(min(interval, Duration.ofNanos(Math.max(0, remaining))));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void watch(
      List<TargetState> states, BlockingQueue<Integer> readyEvents, long start, long deadline) {
    int ready = 0;
    long nextReport = start + FIRST_REPORT.toNanos();
    try {
      while (ready < states.size()) {
        long now = System.nanoTime();
        if (now >= deadline) {
          break;
        }
        Integer index =
            readyEvents.poll(Math.min(nextReport, deadline) - now, TimeUnit.NANOSECONDS);
        if (index != null) {
          ready++;
          progress.ready(outcome(states.get(index), start, deadline));
          continue;
        }
        now = System.nanoTime();
        if (now >= nextReport && now < deadline) {
          progress.stillWaiting(
              Duration.ofNanos(now - start),
              options.timeout(),
              states.stream().filter(s -> !s.ready).map(s -> outcome(s, start, deadline)).toList());
          nextReport += REPORT_EVERY.toNanos();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Integer index; (index = readyEvents.poll()) != null; ) {
      progress.ready(outcome(states.get(index), start, deadline));
    }
  }

  private TargetOutcome outcome(TargetState s, long start, long deadline) {
    long readyAt = s.readyAt;
    boolean ready = s.ready && readyAt - deadline <= 0;
    long now = System.nanoTime();
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
