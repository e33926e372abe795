package dev.shipgate.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.ChildShipgate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of a process that records, bumps and resolves incidents in a tight loop: every
 * transaction is whole afterwards (each incident's repeat count equals its DETECTED events, every
 * opening and resolution has its outbox row, no key has two open incidents), and the next command
 * works.
 */
class StoreCrashIT {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void killNineMidWriteLeavesAConsistentStoreAndTheNextCommandWorks(String kind) throws Exception {
    StoreTarget t = StoreTarget.create(kind, dir, "");
    Path log = dir.resolve("loop.log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RecorderLoop.class.getName(),
                t.config().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (p.isAlive() && System.nanoTime() < deadline && events(t) < 400) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("still writing when killed: %s", ChildShipgate.output(log)).isTrue();
    p.destroyForcibly(); // SIGKILL
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    if (kind.equals("sqlite")) {
      assertThat(t.column("PRAGMA integrity_check")).containsExactly("ok");
    }
    assertThat(t.count("SELECT count(*) FROM incident")).isPositive();
    assertThat(
            t.count(
                "SELECT count(*) FROM incident i WHERE i.repeat_count <> (SELECT count(*) FROM"
                    + " incident_event e WHERE e.incident_id = i.id AND e.type = 'DETECTED')"))
        .as("incidents whose repeat count is not their number of detections")
        .isZero();
    assertThat(
            t.count(
                "SELECT count(*) FROM (SELECT incident_key FROM incident WHERE status = 'OPEN'"
                    + " GROUP BY incident_key HAVING count(*) > 1) dup"))
        .isZero();
    assertThat(
            t.count(
                "SELECT count(*) FROM incident i WHERE (SELECT count(*) FROM notify_outbox o"
                    + " WHERE o.incident_id = i.id AND o.transition = 'OPENED') <> i.opened_count"))
        .as("openings without their outbox row")
        .isZero();
    assertThat(
            t.count(
                "SELECT count(*) FROM incident i WHERE i.status = 'RESOLVED' AND (i.resolved_at IS"
                    + " NULL OR NOT EXISTS (SELECT 1 FROM notify_outbox o WHERE o.incident_id ="
                    + " i.id AND o.transition = 'RESOLVED' AND o.opened_count = i.opened_count))"))
        .as("resolutions without their outbox row")
        .isZero();
    assertThat(
            t.count(
                "SELECT count(*) FROM incident_event e WHERE NOT EXISTS (SELECT 1 FROM incident i"
                    + " WHERE i.id = e.incident_id)"))
        .isZero();

    Path next = dir.resolve("next.log");
    Process after =
        ChildShipgate.start(
            next,
            Map.of(),
            "-c",
            t.config().toString(),
            "incidents",
            "record",
            "--key",
            "loop/k1",
            "--severity",
            "WARN",
            "--category",
            "OTHER",
            "--summary",
            "after the crash");
    assertThat(after.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(after.exitValue()).as(ChildShipgate.output(next)).isZero();
    assertThat(
            t.count(
                "SELECT count(*) FROM incident WHERE incident_key = 'loop/k1' AND status = 'OPEN'"))
        .isEqualTo(1);
    assertThat(List.of(ChildShipgate.output(next).strip())).allMatch(s -> s.matches("\\d+"));
  }

  private static long events(StoreTarget t) {
    try {
      return t.count("SELECT count(*) FROM incident_event");
    } catch (IllegalStateException e) {
      return 0; // the schema is not there yet
    }
  }
}
