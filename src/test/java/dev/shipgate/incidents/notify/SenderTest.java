package dev.shipgate.incidents.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shipgate.config.Secret;
import dev.shipgate.incidents.Category;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentStatus;
import dev.shipgate.incidents.Severity;
import dev.shipgate.incidents.Transition;
import dev.shipgate.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The notify budget on a fake clock: whatever the receiver does, a send ends by its deadline. */
class SenderTest {
  private final MutableClock clock = MutableClock.at("2026-05-01T10:00:00Z");
  private final FakeTime time = new FakeTime(clock);
  private final ScriptedSender http = new ScriptedSender(time);
  private final Sender sender = new Sender(http, time);
  private final Destination webhook =
      new WebhookDestination(URI.create("http://127.0.0.1:9/hook"), Secret.empty());

  private Message message() {
    Instant now = clock.instant();
    Incident i =
        new Incident(
            7,
            "shop/check/api",
            Severity.CRITICAL,
            Category.API,
            "api down",
            JsonNodeFactory.instance.objectNode(),
            IncidentStatus.OPEN,
            now,
            now,
            null,
            null,
            1,
            1,
            null,
            null);
    return new Message("shop", Transition.OPENED, now, i, List.of(), "d-1", false);
  }

  private Sender.Result send(Duration budget) throws InterruptedException {
    return sender.send(webhook, message(), Optional.empty(), clock.instant().plus(budget));
  }

  @Test
  void a429WithRetryAfterOneIsRetriedAfterOneSecondWithinTheBudget() throws Exception {
    http.reply(429, Map.of("retry-after", "1")).reply(200, Map.of());
    Sender.Result r = send(Duration.ofSeconds(5));
    assertThat(r.delivered()).isTrue();
    assertThat(r.tries()).isEqualTo(2);
    assertThat(time.sleeps).contains(Duration.ofSeconds(1));
  }

  @Test
  void aRetryAfterLongerThanTheBudgetIsLeftForALaterCommandWithoutWaiting() throws Exception {
    Instant start = clock.instant();
    http.reply(429, Map.of("retry-after", "40"));
    Sender.Result r = send(Duration.ofSeconds(5));
    assertThat(r.delivered()).isFalse();
    assertThat(r.retryable()).isTrue();
    assertThat(r.retryIn()).isEqualTo(Duration.ofSeconds(40));
    assertThat(Duration.between(start, clock.instant())).isLessThanOrEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aReceiverAnswering500IsRetriedWithBackoffAndAbandonedByTheDeadline() throws Exception {
    Instant start = clock.instant();
    Sender.Result r = send(Duration.ofMillis(700));
    assertThat(r.delivered()).isFalse();
    assertThat(r.reason()).isEqualTo("HTTP 500");
    assertThat(r.tries()).isGreaterThan(1);
    assertThat(Duration.between(start, clock.instant()))
        .isLessThanOrEqualTo(Duration.ofMillis(700));
  }

  @Test
  void aHangingReceiverGetsOnlyWhatIsLeftOfTheBudgetAsItsTimeout() throws Exception {
    Instant start = clock.instant();
    http.hang();
    Sender.Result r = send(Duration.ofSeconds(2));
    assertThat(r.delivered()).isFalse();
    assertThat(r.reason()).startsWith("TIMEOUT: no answer within 2000ms");
    assertThat(http.timeouts).containsExactly(Duration.ofSeconds(2));
    assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aRefusalIsNotRetried() throws Exception {
    http.reply(404, Map.of());
    Sender.Result r = send(Duration.ofSeconds(5));
    assertThat(r.retryable()).isFalse();
    assertThat(r.tries()).isEqualTo(1);
    assertThat(r.reason()).contains("HTTP 404").contains("notify.webhook").doesNotContain("http");
  }

  @Test
  void theSlackRateLimitDefersInsteadOfWaitingPastTheDeadline() throws Exception {
    Destination slack = new SlackDestination(URI.create("http://127.0.0.1:9/services/T/B/X"));
    Instant deadline = clock.instant().plusMillis(500);
    http.reply(200, Map.of()).reply(200, Map.of());
    assertThat(sender.send(slack, message(), Optional.empty(), deadline).delivered()).isTrue();
    Sender.Result second = sender.send(slack, message(), Optional.empty(), deadline);
    assertThat(second.deferred()).isTrue();
    assertThat(http.requests).hasSize(1);
    assertThat(clock.instant()).isBeforeOrEqualTo(deadline);
  }
}
