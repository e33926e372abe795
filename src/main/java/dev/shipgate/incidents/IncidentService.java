package dev.shipgate.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.config.IncidentsConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The incident store's API, for the CLI and for the commands that record incidents in-process
 * (check, verify, sentry, deploy, serve, monitor). Every write is one transaction: the incident,
 * its event and the outbox row of the transition it caused commit together, after redaction. Dedup:
 * a key has at most one open incident (a unique index on open keys); recording it again appends an
 * event (a DETECTED one bumps the repeat count); recording it within the reopen window after it was
 * resolved reopens it; later it opens a new incident. Resolved incidents older than {@code
 * incidents.keepDays} are pruned on write; open ones never are.
 *
 * <p>Not thread-safe beyond what {@link Store} serialises: one instance per command (or per
 * long-running loop).
 */
public final class IncidentService implements AutoCloseable {
  private static final Duration PRUNE_EVERY = Duration.ofHours(1);
  private static final int SUMMARY_MAX = 2000;

  private final Store store;
  private final IncidentsConfig policy;
  private final Scrubber scrub;
  private final Clock clock;
  private Dispatcher dispatcher = Dispatcher.NONE;
  private boolean dispatchedOnce;
  private Instant lastPrune;

  public IncidentService(Store store, IncidentsConfig policy, Redactor redactor, Clock clock) {
    this.store = store;
    this.policy = policy;
    this.scrub = new Scrubber(redactor);
    this.clock = clock;
  }

  /** Who delivers the outbox after writes (set once, by {@code incidents.notify}). */
  public void dispatchWith(Dispatcher d) {
    this.dispatcher = d;
  }

  public Store store() {
    return store;
  }

  public Clock clock() {
    return clock;
  }

  /** Records a detection (or another event) for its key; see the class comment for dedup. */
  public RecordResult record(Detection raw) {
    Detection d = scrubbed(raw);
    Instant now = clock.instant();
    RecordResult r =
        store.write(
            c -> {
              pruneIfDue(c, now);
              if (d.event() == EventType.RESOLVED) {
                return resolveOpenKey(c, d, now);
              }
              Optional<Incident> open = IncidentTables.open(c, d.key());
              if (open.isPresent()) {
                return update(c, open.get(), d, now);
              }
              Optional<Incident> recent =
                  IncidentTables.resolvedSince(c, d.key(), now.minus(policy.reopenWindow()));
              if (recent.isPresent()) {
                return reopen(c, recent.get(), d, now);
              }
              Optional<Long> id = IncidentTables.insertOpen(c, d, d.details(), now);
              if (id.isEmpty()) {
                // another writer opened it between our read and our insert: count on that one
                Incident other =
                    IncidentTables.open(c, d.key()).orElseThrow(IncidentService::raced);
                return update(c, other, d, now);
              }
              IncidentTables.event(c, id.get(), now, d.event(), message(d), d.metadata());
              IncidentTables.outbox(c, id.get(), 1, Transition.OPENED, now);
              return new RecordResult(
                  reload(c, id.get()), RecordResult.Outcome.OPENED, Optional.of(Transition.OPENED));
            });
    afterWrite(r.transition().isPresent());
    return r;
  }

  /** Resolves incident {@code id}; empty when there is no such incident. */
  public Optional<ResolveResult> resolve(long id, String notes) {
    String n = scrub.text(notes);
    Instant now = clock.instant();
    Optional<ResolveResult> r =
        store.write(
            c -> {
              Optional<Incident> found = IncidentTables.byId(c, id);
              if (found.isEmpty()) {
                return Optional.<ResolveResult>empty();
              }
              if (!found.get().isOpen()) {
                return Optional.of(new ResolveResult(found.get(), true));
              }
              return Optional.of(new ResolveResult(resolveOpen(c, found.get(), n, now), false));
            });
    afterWrite(r.isPresent() && !r.get().alreadyResolved());
    return r;
  }

  /** Resolves the open incident of {@code key}; empty when nothing is open for it. */
  public Optional<ResolveResult> resolveKey(String key, String notes) {
    String k = scrub.text(key, Detection.MAX_KEY);
    String n = scrub.text(notes);
    Instant now = clock.instant();
    Optional<ResolveResult> r =
        store.write(
            c -> {
              Optional<Incident> open = IncidentTables.open(c, k);
              if (open.isEmpty()) {
                return Optional.<ResolveResult>empty();
              }
              return Optional.of(new ResolveResult(resolveOpen(c, open.get(), n, now), false));
            });
    afterWrite(r.isPresent());
    return r;
  }

  /** Open incidents whose key starts with {@code prefix}. */
  public List<Incident> openWithPrefix(String prefix) {
    String p = scrub.text(prefix, Detection.MAX_KEY);
    return store.read(c -> IncidentTables.openWithPrefix(c, p));
  }

  public List<Incident> list(IncidentQuery q) {
    touchOutbox();
    Instant now = clock.instant();
    return store.read(c -> IncidentTables.list(c, q, now));
  }

  /** The incident with its timeline; empty when there is no such incident. */
  public Optional<Timeline> show(long id) {
    touchOutbox();
    return store.read(
        c -> {
          Optional<Incident> i = IncidentTables.byId(c, id);
          if (i.isEmpty()) {
            return Optional.<Timeline>empty();
          }
          return Optional.of(
              new Timeline(
                  i.get(), IncidentTables.events(c, id, 0), IncidentTables.deliveries(c, id)));
        });
  }

  /** The last {@code n} events of an incident, oldest first (what notifications show). */
  public List<IncidentEvent> lastEvents(long id, int n) {
    return store.read(c -> IncidentTables.events(c, id, n));
  }

  public Optional<Incident> get(long id) {
    return store.read(c -> IncidentTables.byId(c, id));
  }

  /**
   * Appends an event to an incident without any dedup logic (the notifier's NOTIFY_FAILED, a
   * monitor's RECOVERY_ATTEMPTED on an incident it holds the id of).
   */
  public void appendEvent(long incidentId, EventType type, String message, JsonNode metadata) {
    String m = scrub.text(message);
    JsonNode md = scrub.json(metadata);
    Instant now = clock.instant();
    store.write(c -> IncidentTables.event(c, incidentId, now, type, m, md));
  }

  private RecordResult update(Connection c, Incident open, Detection d, Instant now)
      throws SQLException {
    boolean raised = d.severity().higherThan(open.severity());
    boolean escalate = raised || d.event() == EventType.ESCALATED;
    Severity severity = raised ? d.severity() : open.severity();
    JsonNode details = d.details().isEmpty() ? open.details() : d.details();
    IncidentTables.touch(c, open.id(), d.event() == EventType.DETECTED, severity, details, now);
    IncidentTables.event(c, open.id(), now, d.event(), message(d), d.metadata());
    if (raised && d.event() != EventType.ESCALATED) {
      IncidentTables.event(
          c,
          open.id(),
          now,
          EventType.ESCALATED,
          "severity raised from " + open.severity() + " to " + d.severity(),
          d.metadata());
    }
    if (escalate) {
      IncidentTables.outbox(c, open.id(), open.openedCount(), Transition.ESCALATED, now);
    }
    return new RecordResult(
        reload(c, open.id()),
        RecordResult.Outcome.UPDATED,
        escalate ? Optional.of(Transition.ESCALATED) : Optional.empty());
  }

  private RecordResult reopen(Connection c, Incident resolved, Detection d, Instant now)
      throws SQLException {
    Severity severity =
        d.severity().higherThan(resolved.severity()) ? d.severity() : resolved.severity();
    JsonNode details = d.details().isEmpty() ? resolved.details() : d.details();
    if (!IncidentTables.reopen(c, resolved.id(), severity, details, now)) {
      throw raced();
    }
    IncidentTables.event(
        c,
        resolved.id(),
        now,
        EventType.NOTE,
        "reopened: recorded again "
            + Duration.between(resolved.resolvedAt(), now).toSeconds()
            + "s after it was resolved (within incidents.reopenWindow)",
        d.metadata());
    IncidentTables.event(c, resolved.id(), now, d.event(), message(d), d.metadata());
    IncidentTables.outbox(c, resolved.id(), resolved.openedCount() + 1, Transition.OPENED, now);
    return new RecordResult(
        reload(c, resolved.id()), RecordResult.Outcome.REOPENED, Optional.of(Transition.OPENED));
  }

  private RecordResult resolveOpenKey(Connection c, Detection d, Instant now) throws SQLException {
    Optional<Incident> open = IncidentTables.open(c, d.key());
    if (open.isEmpty()) {
      return new RecordResult(null, RecordResult.Outcome.NOTHING_OPEN, Optional.empty());
    }
    return new RecordResult(
        resolveOpen(c, open.get(), message(d), now),
        RecordResult.Outcome.RESOLVED,
        Optional.of(Transition.RESOLVED));
  }

  private Incident resolveOpen(Connection c, Incident open, String notes, Instant now)
      throws SQLException {
    if (!IncidentTables.resolve(c, open.id(), notes, now)) {
      throw raced();
    }
    IncidentTables.event(
        c,
        open.id(),
        now,
        EventType.RESOLVED,
        notes == null || notes.isBlank() ? "resolved" : notes,
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    IncidentTables.outbox(c, open.id(), open.openedCount(), Transition.RESOLVED, now);
    return reload(c, open.id());
  }

  private void pruneIfDue(Connection c, Instant now) throws SQLException {
    if (lastPrune == null || Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) >= 0) {
      IncidentTables.prune(c, now.minus(Duration.ofDays(policy.keepDays())));
      lastPrune = now;
    }
  }

  private static Incident reload(Connection c, long id) throws SQLException {
    return IncidentTables.byId(c, id).orElseThrow(IncidentService::raced);
  }

  private static SQLException raced() {
    return new SQLException("another writer changed the incident first", Store.CONFLICT);
  }

  private Detection scrubbed(Detection d) {
    return new Detection(
        scrub.text(d.key(), Detection.MAX_KEY),
        d.severity(),
        d.category(),
        scrub.text(d.summary(), SUMMARY_MAX),
        d.event(),
        scrub.text(d.message()),
        scrub.json(d.details()),
        scrub.json(d.metadata()),
        scrub.text(d.deployId(), 100),
        scrub.text(d.traceId(), 100));
  }

  private static String message(Detection d) {
    return d.message() == null || d.message().isBlank() ? d.summary() : d.message();
  }

  private void afterWrite(boolean transitioned) {
    if (transitioned || !dispatchedOnce) {
      dispatchedOnce = true;
      dispatcher.dispatch();
    }
  }

  private void touchOutbox() {
    if (!dispatchedOnce) {
      dispatchedOnce = true;
      dispatcher.dispatch();
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
