package dev.shipgate.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.incidents.notify.Budget;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.testing.ChildShipgate;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.MutableClock;
import dev.shipgate.workflow.incidents.Incidents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The incident store on SQLite and on a real PostgreSQL: dedup, reopen, resolve, retention. */
class IncidentStoreIT {
  private static final String DETAIL_CANARY = "canary-detail-Zq81";
  private static final String ENV_CANARY = "canary-env-token-5512";

  @TempDir Path dir;

  private final MutableClock clock = MutableClock.at("2026-06-01T08:00:00Z");
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private IncidentService service(StoreTarget t) {
    Map<String, String> env = Map.of("DEPLOY_TOKEN", ENV_CANARY);
    ShipgateConfig config = t.load(env);
    Notifications.Opened o =
        Incidents.open(config, env, clock, Budget.perCommand(Duration.ofSeconds(5)));
    open.add(o);
    return o.service();
  }

  private static Detection detect(String key, Severity s) {
    return Detection.of(
        key, s, Category.DB, "database unreachable", JsonNodeFactory.instance.objectNode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void recordingAnOpenKeyAppendsAnEventAndBumpsTheCountNeverASecondIncident(String kind) {
    StoreTarget t = StoreTarget.create(kind, dir, "");
    IncidentService s = service(t);
    RecordResult first = s.record(detect("shop/sentry/connect", Severity.CRITICAL));
    assertThat(first.outcome()).isEqualTo(RecordResult.Outcome.OPENED);
    assertThat(first.transition()).contains(Transition.OPENED);
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofMinutes(1));
      RecordResult again = s.record(detect("shop/sentry/connect", Severity.CRITICAL));
      assertThat(again.incident().id()).isEqualTo(first.incident().id());
      assertThat(again.outcome()).isEqualTo(RecordResult.Outcome.UPDATED);
      assertThat(again.transition()).isEmpty();
    }
    s.record(detect("shop/check/api", Severity.WARN));

    assertThat(t.count("SELECT count(*) FROM incident")).isEqualTo(2);
    Timeline tl = s.show(first.incident().id()).orElseThrow();
    assertThat(tl.incident().repeatCount()).isEqualTo(5);
    assertThat(tl.incident().updatedAt()).isEqualTo(clock.instant().minusSeconds(0));
    assertThat(tl.events()).hasSize(5).allMatch(e -> e.type() == EventType.DETECTED);
    assertThat(
            t.count(
                "SELECT count(*) FROM notify_outbox WHERE incident_id = " + first.incident().id()))
        .isEqualTo(1);
    assertThat(s.list(IncidentQuery.open()))
        .extracting(Incident::key)
        .containsExactly("shop/check/api", "shop/sentry/connect");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aKeyRecordedWithinTheReopenWindowReopensItsIncidentAndLaterOpensANewOne(String kind) {
    StoreTarget t = StoreTarget.create(kind, dir, "incidents: {reopenWindow: 30m}\n");
    IncidentService s = service(t);
    long id = s.record(detect("shop/db", Severity.CRITICAL)).incident().id();
    s.resolve(id, "restarted the database").orElseThrow();

    clock.advance(Duration.ofMinutes(29));
    RecordResult reopened = s.record(detect("shop/db", Severity.CRITICAL));
    assertThat(reopened.outcome()).isEqualTo(RecordResult.Outcome.REOPENED);
    assertThat(reopened.incident().id()).isEqualTo(id);
    assertThat(reopened.incident().isOpen()).isTrue();
    assertThat(reopened.incident().openedCount()).isEqualTo(2);
    assertThat(reopened.incident().repeatCount()).isEqualTo(2);
    assertThat(reopened.incident().resolvedAt()).isNull();
    assertThat(reopened.transition()).contains(Transition.OPENED);

    s.resolve(id, "restarted it again").orElseThrow();
    clock.advance(Duration.ofMinutes(31));
    RecordResult fresh = s.record(detect("shop/db", Severity.CRITICAL));
    assertThat(fresh.outcome()).isEqualTo(RecordResult.Outcome.OPENED);
    assertThat(fresh.incident().id()).isNotEqualTo(id);
    assertThat(fresh.incident().repeatCount()).isEqualTo(1);
    assertThat(t.count("SELECT count(*) FROM incident WHERE status = 'OPEN'")).isEqualTo(1);
    // OPENED twice (open + reopen) and RESOLVED twice for the first incident, one per opening
    assertThat(
            t.column(
                "SELECT transition FROM notify_outbox WHERE incident_id = " + id + " ORDER BY id"))
        .containsExactly("OPENED", "RESOLVED", "OPENED", "RESOLVED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void resolveClosesTheIncidentOnceWithItsNotesAndIsIdempotent(String kind) {
    StoreTarget t = StoreTarget.create(kind, dir, "");
    IncidentService s = service(t);
    long id = s.record(detect("shop/verify/endpoints", Severity.WARN)).incident().id();
    clock.advance(Duration.ofMinutes(5));

    ResolveResult r = s.resolve(id, "the API is back").orElseThrow();
    assertThat(r.alreadyResolved()).isFalse();
    assertThat(r.incident().status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(r.incident().resolvedAt()).isEqualTo(clock.instant());
    assertThat(r.incident().resolutionNotes()).isEqualTo("the API is back");
    assertThat(s.resolve(id, "again").orElseThrow().alreadyResolved()).isTrue();
    assertThat(s.resolve(id + 1000, "nothing")).isEmpty();
    assertThat(s.resolveKey("shop/verify/endpoints", "nothing open")).isEmpty();

    Timeline tl = s.show(id).orElseThrow();
    assertThat(tl.events())
        .extracting(IncidentEvent::type)
        .containsExactly(EventType.DETECTED, EventType.RESOLVED);
    assertThat(tl.events().get(1).message()).isEqualTo("the API is back");
    assertThat(s.list(IncidentQuery.open())).isEmpty();
    assertThat(s.list(new IncidentQuery(false, null, 10))).hasSize(1);
    assertThat(s.list(new IncidentQuery(false, Duration.ofMinutes(1), 10))).hasSize(1);
    clock.advance(Duration.ofMinutes(2));
    assertThat(s.list(new IncidentQuery(false, Duration.ofMinutes(1), 10))).isEmpty();
    assertThat(t.column("SELECT transition FROM notify_outbox ORDER BY id"))
        .containsExactly("OPENED", "RESOLVED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aHigherSeverityEscalatesTheOpenIncidentOnce(String kind) {
    StoreTarget t = StoreTarget.create(kind, dir, "");
    IncidentService s = service(t);
    long id = s.record(detect("shop/monitor/tunnel", Severity.WARN)).incident().id();
    RecordResult up = s.record(detect("shop/monitor/tunnel", Severity.CRITICAL));
    assertThat(up.transition()).contains(Transition.ESCALATED);
    assertThat(up.incident().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(s.record(detect("shop/monitor/tunnel", Severity.WARN)).transition()).isEmpty();
    assertThat(s.record(detect("shop/monitor/tunnel", Severity.CRITICAL)).incident().severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(
            t.column(
                "SELECT transition FROM notify_outbox WHERE incident_id = " + id + " ORDER BY id"))
        .containsExactly("OPENED", "ESCALATED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void retentionPrunesOldResolvedIncidentsOnWriteAndNeverAnOpenOne(String kind) {
    StoreTarget t = StoreTarget.create(kind, dir, "incidents: {keepDays: 90}\n");
    IncidentService s = service(t);
    long old = s.record(detect("shop/old", Severity.WARN)).incident().id();
    s.resolve(old, "fixed long ago");
    long stillOpen = s.record(detect("shop/still-open", Severity.CRITICAL)).incident().id();
    clock.advance(Duration.ofDays(60));
    long recent = s.record(detect("shop/recent", Severity.WARN)).incident().id();
    s.resolve(recent, "fixed lately");

    clock.advance(Duration.ofDays(31)); // old was resolved 91 days ago, recent 31
    IncidentService next = service(t); // the next command's first write prunes
    next.record(detect("shop/another", Severity.INFO));

    assertThat(next.get(old)).isEmpty();
    assertThat(t.count("SELECT count(*) FROM incident_event WHERE incident_id = " + old)).isZero();
    assertThat(t.count("SELECT count(*) FROM notify_outbox WHERE incident_id = " + old)).isZero();
    assertThat(next.get(stillOpen)).isPresent();
    assertThat(next.get(recent)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void secretsAreRedactedBeforeAnythingIsWritten(String kind) {
    StoreTarget t =
        StoreTarget.create(kind, dir, "notify:\n  webhookSecret: \"" + DETAIL_CANARY + "-hmac\"\n");
    IncidentService s = service(t);
    var details = JsonNodeFactory.instance.objectNode();
    details.put("apiKey", "anything-at-all-9");
    details.put("env", "token is " + ENV_CANARY);
    details.put("signing", "secret " + DETAIL_CANARY + "-hmac");
    details.put("db", "postgres://app:" + DETAIL_CANARY + "@db/app");
    long id =
        s.record(
                new Detection(
                    "shop/deploy/" + ENV_CANARY,
                    Severity.CRITICAL,
                    Category.DEPLOY,
                    "deploy failed with " + ENV_CANARY,
                    EventType.DETECTED,
                    "saw " + DETAIL_CANARY + "-hmac",
                    details,
                    null,
                    null,
                    null))
            .incident()
            .id();
    s.resolve(id, "rotated " + ENV_CANARY);
    String stored = kind.equals("sqlite") ? t.fileBytes() + t.allText() : t.allText();
    assertThat(stored)
        .doesNotContain(ENV_CANARY)
        .doesNotContain(DETAIL_CANARY)
        .doesNotContain("anything-at-all-9")
        .doesNotContain(EmbeddedPg.CANARY)
        .contains("****");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void eightConcurrentRecorderProcessesLeaveOneOpenIncidentWithEightDetections(String kind)
      throws Exception {
    StoreTarget t = StoreTarget.create(kind, dir, "");
    service(t).list(IncidentQuery.open()); // schema in place (each child would also create it)
    List<Process> children = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Path log = dir.resolve("child-" + i + ".log");
      logs.add(log);
      children.add(
          ChildShipgate.start(
              log,
              Map.of(),
              "-c",
              t.config().toString(),
              "incidents",
              "record",
              "--key",
              "shop/sentry/connect",
              "--severity",
              "CRITICAL",
              "--category",
              "DB",
              "--summary",
              "cannot connect (child " + i + ")"));
    }
    for (int i = 0; i < 8; i++) {
      // a generous bound: eight JVMs on a loaded 2-core machine
      assertThat(children.get(i).waitFor(600, TimeUnit.SECONDS)).isTrue();
      assertThat(children.get(i).exitValue()).as(ChildShipgate.output(logs.get(i))).isZero();
    }
    assertThat(t.count("SELECT count(*) FROM incident")).isEqualTo(1);
    assertThat(t.count("SELECT count(*) FROM incident WHERE status = 'OPEN'")).isEqualTo(1);
    assertThat(t.count("SELECT repeat_count FROM incident")).isEqualTo(8);
    assertThat(t.count("SELECT count(*) FROM incident_event WHERE type = 'DETECTED'")).isEqualTo(8);
    assertThat(t.count("SELECT count(*) FROM notify_outbox")).isEqualTo(1);
    List<String> ids = new ArrayList<>();
    for (Path log : logs) {
      ids.add(ChildShipgate.output(log).strip());
    }
    assertThat(ids).containsOnly("1");
  }
}
