package dev.shipgate.status;

import static dev.shipgate.testing.EmbeddedPg.CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipgate.history.Checksums;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.Project;
import dev.shipgate.testing.StatusDdl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private final EmbeddedPg.Db db = EmbeddedPg.newDatabase();

  private CliResult shipgate(Project p, String... args) {
    List<String> all = new ArrayList<>(List.of("-c", p.config()));
    all.addAll(List.of(args));
    return CliRun.withEmptyEnv().env("DATABASE_URL", db.url()).run(all.toArray(String[]::new));
  }

  private static JsonNode json(CliResult r) throws Exception {
    return JSON.readTree(r.out());
  }

  private static List<String> fields(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  @Test
  void shipgateHistoryAtHeadPrintsExactlyTheContractFieldsAndExitsZero() throws Exception {
    Project p =
        Project.create(tmp, "")
            .migration(
                "01_projects.sql", "CREATE TABLE projects (id INT, \"chatEnabled\" BOOLEAN);")
            .migration("02_users.sql", "CREATE TABLE users (id INT);");
    p.write(
        "shipgate.yaml",
        "version: 1\ndatabase:\n  url: ${DATABASE_URL}\n  expect:\n    columns: [projects.chatEnabled]\n"
            + "migrations:\n  dir: db\n");
    shipgate(p, "migrate").exits(0);
    CliResult r = shipgate(p, "status", "--format", "json").exits(0).neverShows(CANARY);
    JsonNode j = json(r);
    assertThat(fields(j))
        .containsExactly(
            "migrated", "source", "current", "head", "pending", "failed", "changed", "checks");
    assertThat(j.get("migrated").asBoolean()).isTrue();
    assertThat(j.get("source").asText()).isEqualTo("shipgate");
    assertThat(j.get("current").asText()).isEqualTo("02");
    assertThat(j.get("checks").get("projects.chatEnabled").asBoolean()).isTrue();

    p.migration("03_more.sql", "CREATE TABLE more (id INT);");
    p.migration("01_projects.sql", "CREATE TABLE projects (id INT);");
    JsonNode k = json(shipgate(p, "status", "--format", "json").exits(1));
    assertThat(k.get("migrated").asBoolean()).isFalse();
    assertThat(strings(k.get("pending"))).containsExactly("03");
    assertThat(strings(k.get("changed"))).containsExactly("01");
    shipgate(p, "status")
        .exits(1)
        .outContains(
            "NOT at head",
            "pending:    03",
            "01_projects.sql changed",
            "FAILED (1 pending, 1 changed)");
  }

  @Test
  void readsFlywaysOwnHistoryWithFlywaysChecksums() throws Exception {
    Project p = Project.create(tmp, "  layout: flyway\n", "");
    p.migration("V1__users.sql", "CREATE TABLE users (id INT);\n-- first\n");
    Files.write(
        p.db().resolve("V1.1__more.sql"),
        "\uFEFFCREATE TABLE more (id INT);\r\n-- crlf and bom\r\n"
            .getBytes(StandardCharsets.UTF_8));
    p.migration("R__user_ids.sql", "CREATE OR REPLACE VIEW user_ids AS SELECT id FROM users;\n");
    Flyway.configure()
        .dataSource(db.jdbcUrl(), "postgres", "")
        .locations("filesystem:" + p.db())
        .load()
        .migrate();
    long stored = db.count("SELECT checksum FROM flyway_schema_history WHERE version = '1.1'");
    assertThat(FlywayChecksum.of(Files.readAllBytes(p.db().resolve("V1.1__more.sql"))))
        .isEqualTo((int) stored);

    JsonNode j = json(shipgate(p, "status", "--format", "json").exits(0));
    assertThat(j.get("source").asText()).isEqualTo("flyway");
    assertThat(j.get("current").asText()).isEqualTo("1.1");
    assertThat(j.get("head").asText()).isEqualTo("1.1");

    p.migration("V1__users.sql", "CREATE TABLE users (id INT);\r\n-- first\r\n");
    shipgate(p, "status", "--layout", "flyway").exits(0);

    p.migration("V1__users.sql", "CREATE TABLE users (id BIGINT);\n-- first\n");
    p.migration("V2__later.sql", "CREATE TABLE later (id INT);\n");
    p.migration("R__user_ids.sql", "CREATE OR REPLACE VIEW user_ids AS SELECT id, 2 FROM users;\n");
    JsonNode k = json(shipgate(p, "status", "--format", "json", "--layout", "flyway").exits(1));
    assertThat(strings(k.get("changed"))).containsExactly("1");
    assertThat(strings(k.get("pending"))).containsExactly("2", "user_ids");
  }

  @Test
  void readsPrismasTableAndCountsUnfinishedRowsAsFailed() throws Exception {
    Project p = Project.create(tmp, "  layout: prisma\n", "");
    p.write("db/migration_lock.toml", "provider = \"postgresql\"\n");
    p.write("db/20240101000000_init/migration.sql", "CREATE TABLE a (id INT);\n");
    p.write("db/20240201000000_two/migration.sql", "CREATE TABLE b (id INT);\n");
    p.write("db/20240301000000_three/migration.sql", "CREATE TABLE c (id INT);\n");
    p.write("db/20240401000000_four/migration.sql", "CREATE TABLE d (id INT);\n");
    db.execute(StatusDdl.PRISMA);
    String init = Checksums.sha256("CREATE TABLE a (id INT);\n".getBytes(StandardCharsets.UTF_8));
    String crlfTwo =
        Checksums.sha256("CREATE TABLE b (id INT);\r\n".getBytes(StandardCharsets.UTF_8));
    db.execute(
        "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at,"
            + " applied_steps_count) VALUES"
            + " ('1', '"
            + init
            + "', now(), '20240101000000_init', now(), 1),"
            + " ('2', '"
            + crlfTwo
            + "', now(), '20240201000000_two', now(), 1),"
            + " ('3', 'x', NULL, '20240301000000_three', now(), 0)");
    JsonNode j = json(shipgate(p, "status", "--format", "json").exits(1));
    assertThat(j.get("source").asText()).isEqualTo("prisma");
    assertThat(strings(j.get("failed"))).containsExactly("20240301000000_three");
    assertThat(strings(j.get("pending"))).containsExactly("20240401000000_four");
    assertThat(strings(j.get("changed"))).isEmpty();
    assertThat(j.get("current").asText()).isEqualTo("20240201000000_two");
    assertThat(j.get("head").asText()).isEqualTo("20240401000000_four");

    db.execute("UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = '3'");
    db.execute("UPDATE _prisma_migrations SET checksum = 'edited' WHERE id = '1'");
    JsonNode k = json(shipgate(p, "status", "--format", "json").exits(1));
    assertThat(strings(k.get("failed"))).isEmpty();
    assertThat(strings(k.get("pending")))
        .containsExactly("20240301000000_three", "20240401000000_four");
    assertThat(strings(k.get("changed"))).containsExactly("20240101000000_init");
  }

  @Test
  void readsAlembicVersionAgainstTheHeadsOfTheRevisionGraph() throws Exception {
    Project p = Project.create(tmp, "  layout: alembic\n", "");
    p.write("db/env.py", "# alembic env\n");
    p.write("db/versions/a1_init.py", revision("a1", "None"));
    p.write("db/versions/b2_users.py", revision("b2", "'a1'"));
    p.write("db/versions/c3_more.py", revision("c3", "'b2'"));
    db.execute(StatusDdl.ALEMBIC);
    db.execute("INSERT INTO alembic_version VALUES ('b2')");
    JsonNode j = json(shipgate(p, "status", "--format", "json").exits(1));
    assertThat(j.get("source").asText()).isEqualTo("alembic");
    assertThat(j.get("current").asText()).isEqualTo("b2");
    assertThat(j.get("head").asText()).isEqualTo("c3");
    assertThat(strings(j.get("pending"))).containsExactly("c3");

    db.execute("UPDATE alembic_version SET version_num = 'c3'");
    assertThat(json(shipgate(p, "status", "--format", "json").exits(0)).get("migrated").asBoolean())
        .isTrue();

    db.execute("UPDATE alembic_version SET version_num = 'zz9'");
    JsonNode k = json(shipgate(p, "status", "--format", "json").exits(1));
    assertThat(strings(k.get("changed"))).containsExactly("zz9");
  }

  @Test
  void statusOnSqliteNeverCreatesTheDatabaseFile() {
    Project p = Project.create(tmp, "").migration("01_a.sql", "CREATE TABLE a (id INT);");
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", "sqlite:data/app.db")
        .run("-c", p.config(), "status")
        .exits(1)
        .oneLineError()
        .errContains("data/app.db does not exist");
    assertThat(p.root().resolve("data/app.db")).doesNotExist();
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", "sqlite:data/app.db")
        .run("-c", p.config(), "migrate")
        .exits(0);
    assertThat(p.root().resolve("data/app.db")).exists();
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", "sqlite:data/app.db")
        .run("-c", p.config(), "status")
        .exits(0)
        .outContains("at head 01", "status: OK");
  }

  private static String revision(String rev, String down) {
    return "\"\"\""
        + rev
        + "\"\"\"\nrevision = '"
        + rev
        + "'\ndown_revision = "
        + down
        + "\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n";
  }
}
