package dev.shipgate.db.postgres;

import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisoryLockIT {
  @TempDir Path tmp;

  @Test
  void aWaitingRunSaysWhoHoldsTheLockAndGivesUpAfterTheLockTimeout() throws Exception {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    Project p = Project.create(tmp, "").migration("01_a.sql", "CREATE TABLE a (id INT);");
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    props.setProperty("ApplicationName", "deploy-42 on runner-7");
    try (Connection holder = DriverManager.getConnection(db.jdbcUrl(), props);
        PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
      ps.setLong(1, AdvisoryLock.key("public"));
      ps.execute();
      CliRun.withEmptyEnv()
          .env("DATABASE_URL", db.url())
          .run("-c", p.config(), "migrate", "--lock-timeout", "1s")
          .exits(1)
          .errContains(
              "waiting for the migration lock held by pid ",
              "application_name 'deploy-42 on runner-7'",
              "giving up after 1s",
              "shipgate: gave up after 1s waiting for the migration lock",
              "pg_terminate_backend")
          .neverShows(EmbeddedPg.CANARY);
      com.fasterxml.jackson.databind.JsonNode doc =
          dev.shipgate.core.Json.mapper()
              .readTree(
                  CliRun.withEmptyEnv()
                      .env("DATABASE_URL", db.url())
                      .run("-c", p.config(), "migrate", "--lock-timeout", "1s", "--format", "json")
                      .exits(1)
                      .neverShows(EmbeddedPg.CANARY)
                      .out());
      org.assertj.core.api.Assertions.assertThat(doc.at("/error/code").asText())
          .isEqualTo("LOCK_TIMEOUT");
      org.assertj.core.api.Assertions.assertThat(doc.get("steps")).isEmpty();
    }
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", db.url())
        .run("-c", p.config(), "migrate", "--lock-timeout", "1s")
        .exits(0);
  }
}
