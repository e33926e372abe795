package dev.shipgate.incidents.notify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.incidents.Category;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentStatus;
import dev.shipgate.incidents.Severity;
import dev.shipgate.incidents.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code shipgate notify test}: one test message to each configured destination, straight (no
 * outbox, no store), each within {@code notify.timeout}.
 */
public final class NotifyTest {
  /** What one destination did with its test message. */
  public record Result(
      String destination, boolean delivered, int status, String reason, Duration took) {}

  /**
   * @param skipped destinations that are configured but cannot be used, with why
   */
  public record Report(List<Result> results, List<String> skipped) {
    public boolean ok() {
      return !results.isEmpty() && results.stream().allMatch(Result::delivered);
    }
  }

  private NotifyTest() {}

  public static Report run(ShipgateConfig config, Map<String, String> env) {
    return run(config, env, Time.of(Clock.systemUTC()), new JdkHttpSender());
  }

  static Report run(ShipgateConfig config, Map<String, String> env, Time time, HttpSender http) {
    Redactor redactor = Notifications.redactor(config, env);
    List<String> skipped = new ArrayList<>();
    var gh = config.notifications().github();
    if (gh != null && !gh.token().isPresent()) {
      skipped.add("github: notify.github.token is empty (is the variable it names set?)");
    }
    String project = Notifications.project(config);
    Sender sender = new Sender(http, time);
    List<Result> results = new ArrayList<>();
    for (Destination d : Destinations.of(config.notifications())) {
      Instant start = time.now();
      Message m = message(project, start);
      Sender.Result r;
      try {
        r = sender.send(d, m, Optional.empty(), start.plus(config.notifications().timeout()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      results.add(
          new Result(
              d.name(),
              r.delivered(),
              r.status(),
              r.reason() == null ? null : redactor.redact(r.reason()),
              Duration.between(start, time.now())));
    }
    return new Report(List.copyOf(results), List.copyOf(skipped));
  }

  private static Message message(String project, Instant now) {
    Incident i =
        new Incident(
            0,
            project + "/notify/test",
            Severity.INFO,
            Category.OTHER,
            "shipgate notify test: notifications from " + project + " reach this destination",
            JsonNodeFactory.instance.objectNode(),
            IncidentStatus.RESOLVED,
            now,
            now,
            now,
            null,
            1,
            1,
            null,
            null);
    return new Message(
        project, Transition.OPENED, now, i, List.of(), "test-" + UUID.randomUUID(), true);
  }
}
