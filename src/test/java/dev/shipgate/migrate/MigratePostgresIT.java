package dev.shipgate.migrate;

import static dev.shipgate.testing.EmbeddedPg.CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratePostgresIT {
  @TempDir Path tmp;

  private final EmbeddedPg.Db db = EmbeddedPg.newDatabase();

  private CliResult shipgate(Project p, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-c";
    all[1] = p.config();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.withEmptyEnv().env("DATABASE_URL", db.url()).run(all);
  }

  private Project shop() {
    return Project.create(tmp, "")
        .migration("01_users.sql", "CREATE TABLE users (id INT PRIMARY KEY);")
        .migration("02_projects.sql", "CREATE TABLE projects (id INT, \"chatEnabled\" BOOLEAN);")
        .migration(
            "02b_sessions.sql",
            "-- parallel branch\nCREATE TABLE sessions (id INT);\nINSERT INTO sessions VALUES (1);")
        .migration("03_conversions.sql", "CREATE TABLE conversions (id INT);");
  }

  @Test
  void appliesFilesInVersionOrderWithOneHistoryRowEach() {
    Project p = shop();
    shipgate(p, "migrate")
        .exits(0)
        .outContains(
            "applied 01_users.sql",
            "applied 02b_sessions.sql",
            "applied 4, 0 already applied, at 03")
        .neverShows(CANARY);
    assertThat(db.count("SELECT count(*) FROM shipgate_schema_history WHERE success")).isEqualTo(4);
    assertThat(
            db.count(
                "SELECT count(*) FROM shipgate_schema_history WHERE version = '02b'"
                    + " AND installed_rank = 3 AND length(checksum) = 64 AND applied_by <> ''"))
        .isEqualTo(1);
    shipgate(p, "migrate").exits(0).outContains("applied 0, 4 already applied, at 03");
    assertThat(db.count("SELECT count(*) FROM sessions")).isEqualTo(1);
  }

  @Test
  void lintErrorsRefuseBeforeTouchingTheDatabase() {
    Project p =
        shop()
            .migration("3_a.sql", "CREATE TABLE a (id INT);")
            .migration("3_b.sql", "CREATE TABLE b (id INT);");
    shipgate(p, "migrate")
        .exits(1)
        .oneLineError()
        .errContains("refusing to migrate", "duplicate-version", "nothing was applied");
    assertThat(
            db.count("SELECT count(*) FROM pg_tables WHERE tablename = 'shipgate_schema_history'"))
        .isZero();
  }

  @Test
  void aChangedAppliedFileStopsTheRunAndSaysWhetherOnlyWhitespaceChanged() {
    Project p = shop();
    shipgate(p, "migrate").exits(0);
    p.migration("02_projects.sql", "CREATE TABLE projects (id INT, \"chatEnabled\" BOOLEAN);\r\n");
    p.migration("04_more.sql", "CREATE TABLE more (id INT);");
    shipgate(p, "migrate")
        .exits(1)
        .oneLineError()
        .errContains("db/02_projects.sql was changed after it was applied", "only whitespace");
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE tablename = 'more'")).isZero();
    p.migration("02_projects.sql", "CREATE TABLE projects (id BIGINT);");
    shipgate(p, "migrate").exits(1).errContains("its SQL differs");
  }

  @Test
  void aFailingFileIsRolledBackWholeAndNamedWithItsLine() {
    Project p =
        shop()
            .migration(
                "04_broken.sql",
                "CREATE TABLE half (id INT);\n\nINSERT INTO\n  missing_table VALUES (1);\n");
    shipgate(p, "migrate")
        .exits(1)
        .oneLineError()
        .errContains("db/04_broken.sql:4:", "missing_table", "42P01", "rolled back")
        .outContains("applied 03_conversions.sql")
        .neverShows(CANARY);
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE tablename = 'half'")).isZero();
    assertThat(db.count("SELECT count(*) FROM shipgate_schema_history")).isEqualTo(4);
  }

  @Test
  void concurrentIndexBuildsRunOutsideATransactionWithTheirOwnRow() {
    Project p =
        shop()
            .migration(
                "04_index.sql",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_id ON users (id);");
    shipgate(p, "migrate", "--dry-run")
        .exits(0)
        .outContains(
            "would apply 04_index.sql outside a transaction (CREATE INDEX CONCURRENTLY at line 1)");
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE tablename = 'users'")).isZero();
    shipgate(p, "migrate").exits(0).outContains("applied 04_index.sql", "outside a transaction");
    assertThat(db.count("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_users_id'"))
        .isEqualTo(1);
    assertThat(
            db.count(
                "SELECT count(*) FROM shipgate_schema_history WHERE version = '04' AND success"))
        .isEqualTo(1);
  }

  @Test
  void anInterruptedNonTransactionalFileBlocksTheNextRunWithInstructions() {
    Project p = shop().migration("04_index.sql", "CREATE INDEX CONCURRENTLY ix_nope ON nope (id);");
    shipgate(p, "migrate").exits(1).errContains("04_index.sql:1", "outside a transaction");
    shipgate(p, "migrate")
        .exits(1)
        .oneLineError()
        .errContains("04_index.sql did not finish", "DELETE FROM shipgate_schema_history");
  }

  @Test
  void rollbackUndoAndSkippedFilesAreNeverApplied() {
    Project p =
        Project.create(tmp, "  skip: [3_reset.sql]\n", "")
            .migration("1_users.sql", "CREATE TABLE users (id INT);")
            .migration("2_users_rollback.sql", "DROP TABLE users;")
            .migration("3_reset.sql", "DROP TABLE users;");
    shipgate(p, "lint", "migrations").exits(1);
    Project q =
        Project.create(tmp.resolve("q"), "  skip: [3_reset.sql]\n", "")
            .migration("1_users.sql", "CREATE TABLE users (id INT);")
            .migration("3_reset.sql", "DROP TABLE users;");
    shipgate(q, "migrate").exits(0).outContains("applied 1, 0 already applied, at 1");
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE tablename = 'users'")).isEqualTo(1);
  }

  @Test
  void repeatablesAreReappliedOnlyWhenTheyChange() {
    Project p =
        Project.create(tmp, "  layout: flyway\n", "")
            .migration("V1__users.sql", "CREATE TABLE users (id INT);")
            .migration("U1__users.sql", "DROP TABLE users;")
            .migration(
                "R__user_view.sql", "CREATE OR REPLACE VIEW user_ids AS SELECT id FROM users;");
    shipgate(p, "migrate")
        .exits(0)
        .outContains("applied V1__users.sql", "applied R__user_view.sql");
    shipgate(p, "migrate").exits(0).outContains("applied 0, 1 already applied");
    p.migration(
        "R__user_view.sql", "CREATE OR REPLACE VIEW user_ids AS SELECT id, 1 AS one FROM users;");
    shipgate(p, "migrate").exits(0).outContains("applied R__user_view.sql");
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE tablename = 'users'")).isEqualTo(1);
  }

  @Test
  void aNewFileBelowTheAppliedHeadIsRefusedUnlessOutOfOrderIsAllowed() {
    Project p = shop();
    shipgate(p, "migrate").exits(0);
    p.migration("02c_late.sql", "CREATE TABLE late (id INT);");
    shipgate(p, "migrate").exits(1).oneLineError().errContains("02c_late.sql", "--out-of-order");
    shipgate(p, "migrate", "--out-of-order").exits(0).outContains("applied 02c_late.sql");
  }

  @Test
  void baselineRecordsExistingMigrationsLoudlyThenAppliesTheRest() {
    Project p = shop();
    db.execute("CREATE TABLE users (id INT PRIMARY KEY)");
    shipgate(p, "migrate", "--baseline", "1")
        .exits(0)
        .errContains("BASELINE: recording 1 migrations up to version 1", "BASELINE: 01_users.sql")
        .outContains("applied 02_projects.sql", "baselined 1");
    assertThat(db.count("SELECT count(*) FROM shipgate_schema_history WHERE kind = 'baseline'"))
        .isEqualTo(1);
    shipgate(p, "migrate", "--baseline", "1").exits(1).errContains("only for a database without");
  }

  @Test
  void dryRunChangesNothing() {
    Project p = shop();
    shipgate(p, "migrate", "--dry-run")
        .exits(0)
        .outContains(
            "would apply 01_users.sql", "would apply 03_conversions.sql", "dry run, 4 to apply");
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isZero();
  }

  @Test
  void aFileWrappedInBeginCommitStillRunsInShipgatesOneTransaction() {
    Project p =
        shop()
            .migration("04_wrapped.sql", "BEGIN;\nCREATE TABLE w (id INT);\nCOMMIT;\n")
            .migration(
                "05_sneaky.sql", "CREATE TABLE s (id INT);\nCOMMIT;\nCREATE TABLE t (id INT);");
    shipgate(p, "migrate")
        .exits(1)
        .errContains("05_sneaky.sql:2: COMMIT would end shipgate's transaction early");
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
        .as("refused while planning: nothing applied")
        .isEqualTo(1);
    p.delete("db/05_sneaky.sql");
    shipgate(p, "migrate").exits(0).outContains("applied 04_wrapped.sql");
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE tablename = 'w'")).isEqualTo(1);
  }

  @Test
  void badUrlIsAUsageErrorAndAMissingDirectoryIsInputMissing() {
    Project p = shop();
    shipgate(p, "migrate", "--url", "mysql://u:" + CANARY + "@h/db")
        .exits(64)
        .oneLineError()
        .neverShows(CANARY);
    shipgate(p, "migrate", "--dir", tmp.resolve("nope").toString()).exits(66).oneLineError();
  }
}
