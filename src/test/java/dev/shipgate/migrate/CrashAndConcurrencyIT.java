package dev.shipgate.migrate;

import static dev.shipgate.testing.EmbeddedPg.CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.ChildShipgate;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 mid-run and 8 concurrent runs, with real child processes, on PostgreSQL and SQLite. */
class CrashAndConcurrencyIT {
  private static final int FILES = 40;

  @TempDir Path tmp;

  /** A database under test: how to reach it from the child and from here. */
  private record Target(String url, String jdbc, String sleep) {
    Connection connect() throws SQLException {
      return jdbc.startsWith("jdbc:postgresql")
          ? DriverManager.getConnection(jdbc, "postgres", "")
          : DriverManager.getConnection(jdbc);
    }

    long count(String sql) {
      try (Connection c = connect();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      } catch (SQLException e) {
        return -1;
      }
    }

    boolean tableExists(String name) {
      try (Connection c = connect();
          ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
        return rs.next();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Target postgres() {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    return new Target(db.url(), db.jdbcUrl(), "SELECT pg_sleep(0.03)");
  }

  private Target sqlite() {
    Path file = tmp.resolve("app.db");
    return new Target(
        "sqlite:" + file,
        "jdbc:sqlite:" + file,
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 150000)"
            + " SELECT count(*) FROM c");
  }

  private Project project(Target t) {
    Project p = Project.create(tmp.resolve("project"), "");
    p.migration("001_runs.sql", "CREATE TABLE runs (version VARCHAR(10) NOT NULL);");
    for (int i = 2; i <= FILES; i++) {
      String v = String.format("%03d", i);
      p.migration(
          v + "_t.sql",
          "CREATE TABLE t"
              + v
              + " (id INT);\nINSERT INTO runs VALUES ('"
              + v
              + "');\n"
              + t.sleep()
              + ";\n");
    }
    return p;
  }

  @Test
  void killNineOnPostgresLeavesAnAppliedPrefixAndTheRerunConverges() throws Exception {
    killNine(postgres());
  }

  @Test
  void killNineOnSqliteLeavesAnAppliedPrefixAndTheRerunConverges() throws Exception {
    killNine(sqlite());
  }

  @Test
  void eightConcurrentRunsOnPostgresApplyEachMigrationExactlyOnce() throws Exception {
    concurrent(postgres());
  }

  @Test
  void eightConcurrentRunsOnSqliteApplyEachMigrationExactlyOnce() throws Exception {
    concurrent(sqlite());
  }

  private void killNine(Target t) throws Exception {
    Project p = project(t);
    Path log = tmp.resolve("killed.log");
    Process child =
        ChildShipgate.start(log, Map.of("DATABASE_URL", t.url()), "-c", p.config(), "migrate");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (t.count("SELECT count(*) FROM shipgate_schema_history") < 6
        && System.nanoTime() < deadline
        && child.isAlive()) {
      Thread.sleep(20);
    }
    assertThat(child.isAlive())
        .as("still migrating when killed; log:%n%s", ChildShipgate.output(log))
        .isTrue();
    child.destroyForcibly(); // SIGKILL
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    long applied = t.count("SELECT count(*) FROM shipgate_schema_history WHERE success");
    assertThat(t.count("SELECT count(*) FROM shipgate_schema_history WHERE NOT success")).isZero();
    assertThat(applied).isBetween(6L, (long) FILES - 1);
    assertThat(t.count("SELECT count(*) FROM runs")).isEqualTo(applied - 1);
    for (int i = 2; i <= FILES; i++) {
      String v = String.format("%03d", i);
      assertThat(t.tableExists("t" + v))
          .as("t" + v + " exists iff applied")
          .isEqualTo(i <= applied);
      assertThat(
              t.count("SELECT count(*) FROM shipgate_schema_history WHERE version = '" + v + "'"))
          .isEqualTo(i <= applied ? 1 : 0);
    }

    Path rerunLog = tmp.resolve("rerun.log");
    Process rerun =
        ChildShipgate.start(rerunLog, Map.of("DATABASE_URL", t.url()), "-c", p.config(), "migrate");
    assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = ChildShipgate.output(rerunLog);
    assertThat(rerun.exitValue()).as(out).isZero();
    assertThat(out).doesNotContain("waiting for the migration lock").doesNotContain(CANARY);
    assertThat(out).contains("applied " + (FILES - applied) + ", " + applied + " already applied");
    assertThat(t.count("SELECT count(*) FROM runs")).isEqualTo(FILES - 1);
    assertThat(t.count("SELECT count(DISTINCT version) FROM runs")).isEqualTo(FILES - 1);
  }

  private void concurrent(Target t) throws Exception {
    Project p = project(t);
    List<Process> children = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Path log = tmp.resolve("run" + i + ".log");
      logs.add(log);
      children.add(
          ChildShipgate.start(log, Map.of("DATABASE_URL", t.url()), "-c", p.config(), "migrate"));
    }
    for (int i = 0; i < children.size(); i++) {
      Process c = children.get(i);
      assertThat(c.waitFor(180, TimeUnit.SECONDS)).isTrue();
      String out = ChildShipgate.output(logs.get(i));
      assertThat(c.exitValue()).as("run %d:%n%s", i, out).isZero();
      assertThat(out).doesNotContain(CANARY);
    }
    assertThat(t.count("SELECT count(*) FROM shipgate_schema_history")).isEqualTo(FILES);
    assertThat(t.count("SELECT count(DISTINCT version) FROM shipgate_schema_history"))
        .isEqualTo(FILES);
    assertThat(t.count("SELECT count(*) FROM runs")).isEqualTo(FILES - 1);
    assertThat(t.count("SELECT count(DISTINCT version) FROM runs")).isEqualTo(FILES - 1);
  }
}
