package dev.shipgate.probe.wait;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.Redactor;
import dev.shipgate.probe.FailureReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The wait loop on a clock the test moves: no real time passes, nothing depends on load. */
class WaitServiceTest {
  private static final WaitTarget TARGET = WaitTarget.parse("tcp://127.0.0.1:5432");

  /** A clock only pollers and pauses move. */
  private static final class HandClock implements WaitClock {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
      return now.get();
    }

    @Override
    public void sleep(Duration d) {
      sleeps.add(d);
      now.addAndGet(d.toNanos());
    }

    void advance(Duration d) {
      now.addAndGet(d.toNanos());
    }
  }

  private static final class Recorder implements WaitProgress {
    final List<TargetOutcome> ready = new CopyOnWriteArrayList<>();
    final List<List<TargetOutcome>> reports = new CopyOnWriteArrayList<>();
    final CountDownLatch reported = new CountDownLatch(1);

    @Override
    public void ready(TargetOutcome outcome) {
      ready.add(outcome);
    }

    @Override
    public void stillWaiting(Duration elapsed, Duration timeout, List<TargetOutcome> pending) {
      reports.add(pending);
      reported.countDown();
    }
  }

  private static Observation refused() {
    return Observation.notReady(
        FailureReason.CONNECTION_REFUSED, "connection refused by 127.0.0.1:5432");
  }

  private static Observation timedOut(Duration attempt) {
    return Observation.notReady(
        FailureReason.TIMEOUT, "could not connect within " + attempt.toMillis() + "ms");
  }

  private static WaitOptions options(Duration timeout, Duration interval, Duration request) {
    return new WaitOptions(timeout, interval, request, null);
  }

  private static WaitReport run(
      WaitOptions options, HandClock clock, Recorder progress, TargetPoller poller) {
    return new WaitService(options, Redactor.urlsOnly(), progress, clock, poller)
        .run(List.of(TARGET));
  }

  /** Answers by attempt number (1-based). */
  private static TargetPoller scripted(IntFunction<Observation> byAttempt) {
    AtomicInteger n = new AtomicInteger();
    return (target, timeout) -> byAttempt.apply(n.incrementAndGet());
  }

  @Test
  void anAttemptTheDeadlineCutShortDoesNotReplaceTheLastRealReason() {
    HandClock clock = new HandClock();
    Recorder progress = new Recorder();
    List<Duration> attempts = new ArrayList<>();
    TargetPoller poller =
        (target, timeout) -> {
          attempts.add(timeout);
          if (attempts.size() < 3) {
            return refused();
          }
          // the last attempt got what was left of the wait; it runs into the deadline
          await(progress.reported);
          clock.advance(timeout);
          return timedOut(Duration.ZERO);
        };
    WaitReport report =
        run(
            options(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(5)),
            clock,
            progress,
            poller);

    TargetOutcome outcome = report.outcomes().get(0);
    assertThat(outcome.ready()).isFalse();
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.last().reason()).isEqualTo(FailureReason.CONNECTION_REFUSED);
    assertThat(outcome.describe())
        .isEqualTo("CONNECTION_REFUSED: connection refused by 127.0.0.1:5432");
    assertThat(attempts)
        .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(1));
    assertThat(progress.reports).isNotEmpty();
    assertThat(progress.reports)
        .allSatisfy(
            pending ->
                assertThat(pending)
                    .singleElement()
                    .satisfies(
                        p ->
                            assertThat(p.last().reason())
                                .isEqualTo(FailureReason.CONNECTION_REFUSED)));
    assertThat(progress.ready).isEmpty();
  }

  @Test
  void aFullLengthTimeoutIsARealObservationAndBecomesTheReason() {
    HandClock clock = new HandClock();
    Duration request = Duration.ofSeconds(1);
    TargetPoller poller =
        scripted(
            n -> {
              if (n == 1) {
                return refused();
              }
              clock.advance(request);
              return timedOut(request);
            });
    WaitReport report =
        run(
            options(Duration.ofSeconds(10), Duration.ofSeconds(1), request),
            clock,
            new Recorder(),
            poller);
    assertThat(report.outcomes().get(0).last().reason()).isEqualTo(FailureReason.TIMEOUT);
    assertThat(report.outcomes().get(0).describe()).contains("within 1000ms");
  }

  @Test
  void theOnlyAttemptIsKeptEvenWhenTheDeadlineCutItShort() {
    HandClock clock = new HandClock();
    TargetPoller poller =
        (target, timeout) -> {
          clock.advance(timeout);
          return timedOut(timeout);
        };
    WaitReport report =
        run(
            options(Duration.ofSeconds(2), null, Duration.ofSeconds(5)),
            clock,
            new Recorder(),
            poller);
    TargetOutcome outcome = report.outcomes().get(0);
    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(outcome.last().reason()).isEqualTo(FailureReason.TIMEOUT);
    assertThat(outcome.describe()).contains("within 2000ms");
  }

  @Test
  void aTargetThatBecomesReadyIsReportedOnceWithTheTimeItTookOnTheClock() {
    HandClock clock = new HandClock();
    Recorder progress = new Recorder();
    TargetPoller poller =
        scripted(n -> n < 5 ? refused() : Observation.ready("accepting connections", null));
    WaitReport report =
        run(
            options(Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(5)),
            clock,
            progress,
            poller);
    TargetOutcome outcome = report.outcomes().get(0);
    assertThat(outcome.ready()).isTrue();
    assertThat(outcome.attempts()).isEqualTo(5);
    assertThat(outcome.elapsedMs()).isEqualTo(2_000);
    assertThat(clock.sleeps).containsOnly(Duration.ofMillis(500)).hasSize(4);
    assertThat(progress.ready).singleElement().satisfies(o -> assertThat(o.ready()).isTrue());
  }

  @Test
  void pausesNeverRunPastTheDeadline() {
    HandClock clock = new HandClock();
    WaitReport report =
        run(
            options(Duration.ofMillis(2_500), Duration.ofSeconds(1), Duration.ofSeconds(5)),
            clock,
            new Recorder(),
            scripted(n -> refused()));
    assertThat(clock.sleeps)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500));
    assertThat(report.outcomes().get(0).attempts()).isEqualTo(3);
    assertThat(report.outcomes().get(0).last().reason())
        .isEqualTo(FailureReason.CONNECTION_REFUSED);
  }

  private static void await(CountDownLatch latch) {
    try {
      // a generous bound: the watcher reports as soon as it sees the second observation
      assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
