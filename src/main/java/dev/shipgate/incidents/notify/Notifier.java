package dev.shipgate.incidents.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.Delivery;
import dev.shipgate.incidents.Dispatcher;
import dev.shipgate.incidents.EventType;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentService;
import dev.shipgate.incidents.Transition;
import dev.shipgate.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers the outbox: for every configured destination, each (incident, transition) once, with the
 * delivery row's id. A row is claimed before it is sent, so concurrent commands never send it
 * twice; a crash after sending and before marking it delivered sends it again once the claim
 * expires (at-least-once: receivers dedupe on the delivery id). A failed attempt appends a
 * NOTIFY_FAILED event with the reason and leaves the row for the next command (backoff 1 s doubling
 * to 5 min across commands, at most {@value #MAX_ATTEMPTS} attempts). All of it within the {@link
 * Budget}; nothing here throws into the caller.
 */
public final class Notifier implements Dispatcher {
  static final int MAX_ATTEMPTS = 12;
  static final int EVENTS_SHOWN = 5;
  private static final Duration CLAIM_MARGIN = Duration.ofSeconds(30);
  private static final Duration MAX_RETRY_IN = Duration.ofMinutes(5);

  private final IncidentService incidents;
  private final Map<String, Destination> destinations = new LinkedHashMap<>();
  private final String project;
  private final Budget budget;
  private final Time time;
  private final Sender sender;
  private final List<Attempt> attempts = new ArrayList<>();

  /**
   * One delivery attempt of this notifier, for callers that report on it.
   *
   * @param result DELIVERED, RETRY (left for a later command), FAILED (given up) or DEFERRED
   *     (nothing sent: rate limit or no budget left)
   */
  public record Attempt(
      long incidentId,
      Transition transition,
      String destination,
      String deliveryId,
      String result,
      int status,
      String reason,
      Duration requestTimeout) {}

  Notifier(
      IncidentService incidents,
      List<Destination> destinations,
      String project,
      Budget budget,
      Time time,
      HttpSender http) {
    this.incidents = incidents;
    destinations.forEach(d -> this.destinations.put(d.name(), d));
    this.project = project;
    this.budget = budget;
    this.time = time;
    this.sender = new Sender(http, time);
  }

  /** What this notifier tried so far, oldest first. */
  public List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  public Budget budget() {
    return budget;
  }

  @Override
  public void dispatch() {
    if (destinations.isEmpty()) {
      return;
    }
    Instant start = time.now();
    Instant deadline = budget.deadline(start);
    try {
      Store store = incidents.store();
      Set<String> names = destinations.keySet();
      store.write(
          c -> {
            Deliveries.ensure(c, names, start);
            return null;
          });
      List<Deliveries.Due> due = store.read(c -> Deliveries.due(c, names, start, 50));
      Set<String> blocked = new HashSet<>();
      for (Deliveries.Due d : due) {
        Instant now = time.now();
        if (Duration.between(now, deadline).compareTo(Sender.MIN_SLICE) < 0) {
          break;
        }
        String order = d.incidentId() + "/" + d.destination();
        if (blocked.contains(order)) {
          continue;
        }
        Instant until = deadline.plus(CLAIM_MARGIN);
        if (!store.write(c -> Deliveries.claim(c, d.id(), now, until))
            || !deliver(store, d, deadline)) {
          blocked.add(order);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the store failed while notifying: the command's own result stands; rows stay pending
      attempts.add(new Attempt(0, null, "*", null, "RETRY", 0, "store: " + e.getMessage(), null));
    } finally {
      budget.spend(Duration.between(start, time.now()));
    }
  }

  private boolean deliver(Store store, Deliveries.Due d, Instant deadline)
      throws InterruptedException {
    Destination dest = destinations.get(d.destination());
    Optional<Incident> incident = incidents.get(d.incidentId());
    if (incident.isEmpty()) {
      store.write(
          c -> {
            Deliveries.failed(c, d.id(), 0, Delivery.FAILED, time.now(), "the incident was pruned");
            return null;
          });
      return false;
    }
    Message m =
        new Message(
            project,
            d.transition(),
            d.transitionAt(),
            incident.get(),
            incidents.lastEvents(d.incidentId(), EVENTS_SHOWN),
            d.deliveryId(),
            false);
    Optional<String> thread = store.read(c -> Deliveries.thread(c, d.incidentId(), dest.name()));
    Sender.Result r = sender.send(dest, m, thread, deadline);
    if (r.threadGone()) {
      store.write(
          c -> {
            Deliveries.dropThread(c, d.incidentId(), dest.name());
            return null;
          });
      r = sender.send(dest, m, Optional.empty(), deadline);
    }
    Sender.Result result = r;
    Instant now = time.now();
    if (result.delivered()) {
      store.write(
          c -> {
            if (result.thread().isPresent()) {
              Deliveries.saveThread(c, d.incidentId(), dest.name(), result.thread().get());
            }
            Deliveries.delivered(c, d.id(), result.tries(), now);
            return null;
          });
      log(d, "DELIVERED", result);
      return true;
    }
    if (result.deferred()) {
      store.write(
          c -> {
            Deliveries.release(c, d.id(), now);
            return null;
          });
      log(d, "DEFERRED", result);
      return false;
    }
    int total = d.attempts() + Math.max(1, result.tries());
    boolean giveUp = !result.retryable() || total >= MAX_ATTEMPTS;
    Duration retryIn = max(result.retryIn(), acrossCommands(total));
    String status = giveUp ? Delivery.FAILED : Delivery.PENDING;
    String line =
        dest.name()
            + ": "
            + result.reason()
            + (giveUp
                ? "; gave up after " + total + (total == 1 ? " attempt" : " attempts")
                : "; retried by a later command after "
                    + retryIn.toMillis()
                    + "ms (attempt "
                    + total
                    + " of "
                    + MAX_ATTEMPTS
                    + ")");
    store.write(
        c -> {
          Deliveries.failed(
              c, d.id(), Math.max(1, result.tries()), status, now.plus(retryIn), line);
          return null;
        });
    ObjectNode meta = Json.object();
    meta.put("destination", dest.name());
    meta.put("deliveryId", d.deliveryId());
    meta.put("transition", d.transition().name());
    meta.put("status", result.status());
    meta.put("attempts", total);
    meta.put("final", giveUp);
    meta.put("budgetMs", budget.total().toMillis());
    meta.put("requestTimeoutMs", result.requestTimeout().toMillis());
    incidents.appendEvent(d.incidentId(), EventType.NOTIFY_FAILED, line, meta);
    log(d, giveUp ? "FAILED" : "RETRY", result);
    return false;
  }

  private void log(Deliveries.Due d, String result, Sender.Result r) {
    attempts.add(
        new Attempt(
            d.incidentId(),
            d.transition(),
            d.destination(),
            d.deliveryId(),
            result,
            r.status(),
            r.reason(),
            r.requestTimeout()));
  }

  private static Duration acrossCommands(int attempts) {
    Duration d = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
    return d.compareTo(MAX_RETRY_IN) > 0 ? MAX_RETRY_IN : d;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
