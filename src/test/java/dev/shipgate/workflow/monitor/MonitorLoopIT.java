package dev.shipgate.workflow.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Event;
import dev.shipgate.incidents.notify.Budget;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.monitor.RoundResult;
import dev.shipgate.monitor.TargetState;
import dev.shipgate.recovery.RecoveryEngine;
import dev.shipgate.recovery.RecoveryStatus;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.MutableClock;
import dev.shipgate.testing.Receiver;
import dev.shipgate.workflow.incidents.Incidents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor loop over real parts: loopback HTTP servers that flip between healthy and failing, a
 * SQLite store, a webhook receiver for notifications, real shell commands for recovery and stop.
 * Rounds are driven one by one on a {@link MutableClock}: no sleeps, no timing assertions.
 */
class MonitorLoopIT {
  @TempDir Path dir;

  private final MutableClock clock = MutableClock.at("2026-06-01T08:00:00Z");
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final LocalHttpServer http = LocalHttpServer.start();
  private final Receiver hook = Receiver.answering(200, "ok");
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    http.close();
    hook.close();
  }

  private MonitorLoop loop(String yaml) throws IOException {
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(
        cfg,
        "version: 1\nproject: shop\nstore: sqlite:store.db\nnotify:\n  webhook: \""
            + hook.url("/hook")
            + "\"\n"
            + yaml);
    ShipgateConfig config = new ConfigLoader(k -> null).loadFile(cfg);
    Notifications.Opened o =
        Incidents.open(config, Map.of(), clock, Budget.perDispatch(Duration.ofSeconds(5)));
    open.add(o);
    var redactor = Notifications.redactor(config, Map.of());
    RecoveryEngine engine =
        Recovery.open(config, o.service().store(), redactor, clock, events::add, "test");
    open.add(engine);
    MonitorLoop loop =
        MonitorLoop.create(
            config, redactor, o.service(), engine, clock, events::add, false, "shop");
    open.add(loop);
    return loop;
  }

  private RoundResult next(MonitorLoop loop) {
    RoundResult r = loop.round();
    clock.advance(Duration.ofSeconds(30));
    return r;
  }

  private long count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("store.db"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String api(Flip flip) {
    http.route("/api", flip.reply());
    return "checks:\n  - {name: api, get: \"" + http.url("/api") + "\", timeout: 5s}\n";
  }

  @Test
  void aFlappingTargetOpensNoIncidentBelowTheThreshold() throws Exception {
    Flip flip = new Flip();
    MonitorLoop loop = loop(api(flip));
    List<TargetState> states = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      flip.set(i % 2 == 0);
      states.add(next(loop).target("api").state());
    }
    assertThat(states)
        .contains(TargetState.UP, TargetState.DEGRADED)
        .doesNotContain(TargetState.DOWN);
    assertThat(count("SELECT count(*) FROM incident")).isZero();
    assertThat(hook.got()).isEmpty();
  }

  @Test
  void aTargetDownForThreeRoundsOpensExactlyOneIncidentAndOneNotification() throws Exception {
    Flip flip = new Flip();
    MonitorLoop loop = loop(api(flip));
    next(loop);
    flip.failing();
    for (int i = 0; i < 6; i++) {
      next(loop);
    }
    assertThat(loop.report(MonitorReport.Ending.STOPPED).last().target("api").state())
        .isEqualTo(TargetState.DOWN);
    assertThat(count("SELECT count(*) FROM incident")).isEqualTo(1);
    assertThat(count("SELECT repeat_count FROM incident")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM notify_outbox")).isEqualTo(1);
    assertThat(hook.got()).hasSize(1);
    assertThat(hook.got().get(0).body()).contains("incident.opened").contains("shop/monitor/api");
    flip.healthy();
    assertThat(next(loop).target("api").state()).isEqualTo(TargetState.DOWN); // 1 of 2 passes
    assertThat(next(loop).target("api").state()).isEqualTo(TargetState.UP);
    assertThat(count("SELECT count(*) FROM incident WHERE status = 'RESOLVED'")).isEqualTo(1);
    assertThat(hook.got()).hasSize(2);
    assertThat(hook.got().get(1).body()).contains("incident.resolved");
  }

  @Test
  void databaseDownAndTunnelDownMakeOneRootCauseIncident() throws Exception {
    Flip backend = new Flip();
    Flip pub = new Flip();
    http.route("/ready", backend.reply());
    http.route("/public", pub.reply());
    MonitorLoop loop =
        loop(
            "database:\n  url: sqlite:missing-dir/app.db\n  connect: {timeout: 2s}\n"
                + "services:\n  - name: backend\n    start: node x.js\n    ready:\n"
                + "      - get: \""
                + http.url("/ready")
                + "\"\n"
                + "tunnel:\n  public: \""
                + http.url("/public")
                + "\"\n"
                + "monitor:\n  targets:\n    tunnel.public: {dependsOn: [backend]}\n");
    backend.failing();
    pub.failing();
    RoundResult r = null;
    for (int i = 0; i < 5; i++) {
      r = next(loop);
    }
    assertThat(r.target("database").state()).isEqualTo(TargetState.DOWN);
    assertThat(r.target("backend").state()).isEqualTo(TargetState.SUPPRESSED);
    assertThat(r.target("tunnel.public").state()).isEqualTo(TargetState.SUPPRESSED);
    assertThat(r.target("tunnel.public").rootCause()).isEqualTo("database");
    assertThat(count("SELECT count(*) FROM incident")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM incident WHERE incident_key = 'shop/monitor/database'"))
        .isEqualTo(1);
    assertThat(hook.got()).hasSize(1);
  }

  @Test
  void recoveryRunsWithinItsBudgetAndEscalatesOnceWhenItIsSpent() throws Exception {
    Flip flip = new Flip();
    String yaml =
        api(flip)
            + "monitor:\n  budget: {minInterval: 2m, maxAttempts: 2, window: 1h}\n"
            + "  targets:\n    api:\n      recover: {command: \"echo restart >> restarts.txt\","
            + " timeout: 20s}\n";
    MonitorLoop loop = loop(yaml);
    flip.failing();
    for (int i = 0; i < 30; i++) { // 15 minutes of 30 s rounds
      next(loop);
    }
    assertThat(Files.readAllLines(dir.resolve("restarts.txt"))).hasSize(2);
    MonitorReport report = loop.report(MonitorReport.Ending.STOPPED);
    assertThat(report.recoveries().stream().filter(o -> o.status().ran())).hasSize(2);
    assertThat(report.recoveries().stream().filter(o -> o.status() == RecoveryStatus.ESCALATED))
        .hasSize(1);
    assertThat(count("SELECT count(*) FROM incident_event WHERE type = 'ESCALATED'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM incident_event WHERE type = 'RECOVERY_ATTEMPTED'"))
        .isEqualTo(2);
    assertThat(count("SELECT count(*) FROM incident_event WHERE type = 'RECOVERY_SUCCESS'"))
        .isEqualTo(2);
    assertThat(hook.got().stream().map(Receiver.Got::body))
        .hasSize(2)
        .anyMatch(b -> b.contains("incident.opened"))
        .anyMatch(b -> b.contains("incident.escalated"));
    // back UP: the incident resolves and the budget's escalation is cleared
    flip.healthy();
    next(loop);
    next(loop);
    assertThat(count("SELECT count(*) FROM recovery_state WHERE escalated_at IS NOT NULL"))
        .isZero();
  }

  @Test
  void safeShutdownStopsTheServicesRecordsACriticalIncidentAndEndsTheLoop() throws Exception {
    Flip ready = new Flip();
    http.route("/ready", ready.reply());
    MonitorLoop loop =
        loop(
            "database:\n  url: sqlite:missing-dir/app.db\n"
                + "services:\n  - name: backend\n    start: node x.js\n    ready:\n"
                + "      - get: \""
                + http.url("/ready")
                + "\"\n  - name: web\n    start: node web.js\n"
                + "monitor:\n  shutdownOnPersistentFailure: true\n  targets:\n"
                + "    backend: {stop: \"echo backend >> stopped.txt\"}\n"
                + "    web: {stop: \"echo web >> stopped.txt\"}\n");
    // rounds driven by hand on the clock; the loop says when it has shut down
    for (int i = 0; i < 10 && !loop.shutDown(); i++) {
      next(loop);
    }
    assertThat(loop.shutDown()).isTrue();
    MonitorReport report = loop.report(MonitorReport.Ending.STOPPED);
    assertThat(report.ending()).isEqualTo(MonitorReport.Ending.SAFE_SHUTDOWN);
    assertThat(report.verdict()).isEqualTo(dev.shipgate.core.Verdict.FAIL);
    assertThat(Files.readAllLines(dir.resolve("stopped.txt"))).containsExactly("web", "backend");
    assertThat(report.shutdown().stopped()).hasSize(2);
    assertThat(
            count(
                "SELECT count(*) FROM incident WHERE incident_key = 'shop/monitor/safe-shutdown'"
                    + " AND severity = 'CRITICAL'"))
        .isEqualTo(1);
  }
}
