package dev.shipgate.schema;

import static dev.shipgate.testing.EmbeddedPg.CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.db.SqlSplitter;
import dev.shipgate.db.SqlStatement;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaIT {
  private static final String EXPECT =
      "database:\n"
          + "  url: ${DATABASE_URL}\n"
          + "  expect:\n"
          + "    tables: [projects, conversions]\n"
          + "    columns:\n"
          + "      projects.chatEnabled: BOOLEAN NOT NULL DEFAULT FALSE\n"
          + "      conversions.proposal_id: INTEGER\n"
          + "      '\"Weird Table\".\"Mixed Col\"': TEXT\n"
          + "    indexes:\n"
          + "      ix_conversions_proposal_id: conversions(proposal_id)\n"
          + "    minRows: {projects: 1}\n";

  @TempDir Path tmp;

  private Project project() {
    Project p = Project.create(tmp, "");
    p.write("shipgate.yaml", "version: 1\n" + EXPECT);
    return p;
  }

  private static CliResult shipgate(Project p, String url, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-c";
    all[1] = p.config();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.withEmptyEnv().env("DATABASE_URL", url).run(all);
  }

  @Test
  void checkMatchesQuotedCaseSensitiveColumnsAndNamesTheNearMiss() {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    db.execute("CREATE TABLE projects (id INT, chatenabled BOOLEAN)");
    db.execute("CREATE TABLE conversions (id INT)");
    db.execute("CREATE TABLE \"Weird Table\" (\"Mixed Col\" TEXT)");
    shipgate(project(), db.url(), "schema", "check")
        .exits(1)
        .outContains(
            "MISSING projects.chatEnabled: column chatEnabled is missing from projects (there is"
                + " chatenabled",
            "MISSING conversions.proposal_id",
            "ok      \"Weird Table\".\"Mixed Col\"",
            "MISSING ix_conversions_proposal_id",
            "MISSING projects rows >= 1: projects has 0 rows")
        .neverShows(CANARY);
    db.execute("ALTER TABLE projects RENAME COLUMN chatenabled TO \"chatEnabled\"");
    shipgate(project(), db.url(), "schema", "check").outContains("ok      projects.chatEnabled");
  }

  @Test
  void hotpatchPrintsOnlySqlThatCanRunTwiceOnPostgres() throws Exception {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    db.execute("CREATE TABLE projects (id INT)");
    db.execute("INSERT INTO projects VALUES (1)");
    db.execute("CREATE TABLE conversions (id INT)");
    db.execute("CREATE TABLE \"Weird Table\" (id INT)");
    CliResult r = shipgate(project(), db.url(), "schema", "hotpatch").exits(0).neverShows(CANARY);
    assertThat(r.out())
        .contains(
            "ALTER TABLE \"projects\" ADD COLUMN IF NOT EXISTS \"chatEnabled\" BOOLEAN NOT NULL"
                + " DEFAULT FALSE;",
            "ALTER TABLE \"Weird Table\" ADD COLUMN IF NOT EXISTS \"Mixed Col\" TEXT;",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"ix_conversions_proposal_id\" ON"
                + " \"conversions\" (\"proposal_id\");");
    assertThat(r.out().lines().filter(l -> !l.isBlank()))
        .allMatch(l -> l.startsWith("--") || l.endsWith(";"));
    for (int run = 0; run < 2; run++) {
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
          Statement st = c.createStatement()) {
        for (SqlStatement s :
            new SqlSplitter(dev.shipgate.db.postgres.PostgresDatabase.SPLIT_RULES).split(r.out())) {
          st.execute(s.sql());
        }
      }
    }
    shipgate(project(), db.url(), "schema", "check").exits(0).outContains("schema: OK");
    shipgate(project(), db.url(), "schema", "hotpatch")
        .exits(0)
        .outContains(": 0 statements")
        .errContains("nothing is missing");
  }

  @Test
  void hotpatchSaysWhatItCannotPatchOnStderrAndExitsOne() {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    db.execute("CREATE TABLE projects (id INT)");
    CliResult r = shipgate(project(), db.url(), "schema", "hotpatch").exits(1);
    assertThat(r.err())
        .contains(
            "cannot patch conversions.proposal_id: table conversions does not exist",
            "cannot patch conversions: table conversions does not exist; only a migration");
    assertThat(r.out()).doesNotContain("cannot patch");
  }

  @Test
  void sqliteNamesIgnoreCaseAndItsHotpatchAddsColumns() throws Exception {
    Path file = tmp.resolve("app.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE projects (id INT, CHATENABLED BOOLEAN)");
      st.execute("INSERT INTO projects VALUES (1, 0)");
      st.execute("CREATE TABLE conversions (id INT)");
      st.execute("CREATE TABLE \"Weird Table\" (\"Mixed Col\" TEXT)");
    }
    String url = "sqlite:" + file;
    shipgate(project(), url, "schema", "check")
        .exits(1)
        .outContains("ok      projects.chatEnabled", "MISSING conversions.proposal_id");
    CliResult r = shipgate(project(), url, "schema", "hotpatch").exits(0);
    assertThat(r.out())
        .contains(
            "ALTER TABLE \"conversions\" ADD COLUMN \"proposal_id\" INTEGER;",
            "CREATE INDEX IF NOT EXISTS \"ix_conversions_proposal_id\" ON \"conversions\""
                + " (\"proposal_id\");");
    assertThat(r.err()).contains("SQLite has no ADD COLUMN IF NOT EXISTS");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      for (SqlStatement s :
          new SqlSplitter(dev.shipgate.db.sqlite.SqliteDatabase.SPLIT_RULES).split(r.out())) {
        st.execute(s.sql());
      }
    }
    shipgate(project(), url, "schema", "check").exits(0);
  }
}
