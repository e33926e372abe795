package dev.shipgate.workflow.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.core.Events;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HealthRefresherTest {
  @Test
  void aPartThatHangsIsReportedTimedOutWhileTheOthersAnswerAndIsNeverStartedTwice()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    try (HealthRefresher r =
        HealthRefresher.builder(Clock.systemUTC(), Duration.ofHours(1), Events.none())
            .part(
                PartName.DATABASE,
                () -> {
                  started.incrementAndGet();
                  while (true) { // a hung driver: ignores the interrupt sent at the timeout
                    try {
                      release.await();
                      return new DbHealth(true, 1, null);
                    } catch (InterruptedException ignored) {
                      // still hung
                    }
                  }
                },
                Duration.ofMillis(200))
            .part(
                PartName.DEPLOYS,
                () -> new DeploysState(java.util.List.of(), java.util.List.of()),
                Duration.ofSeconds(30))
            .build()) {
      assertThat(r.snapshot().database().isPending()).isTrue();
      HealthSnapshot s = r.refreshNow().get(60, TimeUnit.SECONDS);
      assertThat(s.database().timedOut()).isTrue();
      assertThat(s.database().value()).isNull();
      assertThat(s.database().error()).contains("no answer within");
      assertThat(s.deploys().value()).isNotNull();

      HealthSnapshot again = r.refreshNow().get(60, TimeUnit.SECONDS);
      assertThat(started).as("still running: not started again").hasValue(1);
      assertThat(again.database().timedOut()).isTrue();
    } finally {
      release.countDown();
    }
  }

  @Test
  void aLateValueStillReplacesTheTimedOutSample() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    try (HealthRefresher r =
        HealthRefresher.builder(
                Clock.systemUTC(),
                Duration.ofHours(1),
                e -> {
                  if (e instanceof HealthEvents.Checked c && c.ok()) {
                    done.countDown();
                  }
                })
            .part(
                PartName.DATABASE,
                () -> {
                  while (true) {
                    try {
                      release.await();
                      return new DbHealth(true, 3, null);
                    } catch (InterruptedException interrupted) {
                      // keeps going, like a driver that ignores interrupts
                    }
                  }
                },
                Duration.ofMillis(100))
            .build()) {
      assertThat(r.refreshNow().get(60, TimeUnit.SECONDS).database().timedOut()).isTrue();
      release.countDown();
      assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
      assertThat(r.snapshot().database().value().ready()).isTrue();
    }
  }
}
