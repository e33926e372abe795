package dev.shipgate.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.ServerInfo;
import dev.shipgate.db.postgres.PostgresDatabase;
import dev.shipgate.db.sqlite.SqliteDatabase;
import dev.shipgate.history.HistoryRow;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import dev.shipgate.testing.HistoryRows;
import dev.shipgate.testing.MigrationTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planner over fixture history rows: no database. */
class PlannerTest {
  private static final ServerInfo PG16 = new ServerInfo("PostgreSQL", "16.4", 16, 4, "app");
  private static final ServerInfo SQLITE = new ServerInfo("SQLite", "3.46.0", 3, 46, "app.db");

  @TempDir Path dir;

  private MigrationSet numbered(String... names) {
    MigrationTree t = MigrationTree.in(dir);
    for (String n : names) {
      t.file(n, "CREATE TABLE t_" + n.replaceAll("\\W", "_") + " (id INTEGER);\n");
    }
    return t.scan(MigrationLayout.NUMBERED);
  }

  private static Plan plan(MigrationSet set, List<HistoryRow> rows) {
    return Planner.plan(set, rows, SqliteDatabase.INSTANCE, SQLITE, null, false);
  }

  private static ShipgateException refused(MigrationSet set, List<HistoryRow> rows) {
    try {
      plan(set, rows);
    } catch (ShipgateException e) {
      return e;
    }
    throw new AssertionError("the plan was not refused");
  }

  @Test
  void pendingFilesArePlannedInVersionOrderAfterWhatIsApplied() {
    MigrationSet set = numbered("001_a.sql", "002_b.sql", "010_c.sql", "002b_d.sql");
    Plan p = plan(set, HistoryRows.of().applied(set, "001_a.sql").rows());
    assertThat(p.steps())
        .extracting(Step::name)
        .containsExactly("002_b.sql", "002b_d.sql", "010_c.sql");
    assertThat(p.history().appliedCount()).isEqualTo(1);
    assertThat(p.history().current()).isEqualTo("001");
  }

  @Test
  void anAppliedFileWhoseSqlChangedRefusesTheRun() {
    MigrationSet set = numbered("001_a.sql", "002_b.sql");
    ShipgateException e =
        refused(set, HistoryRows.of().appliedWithOtherContent(set, "001_a.sql", false).rows());
    assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_REFUSED);
    assertThat(e.getMessage())
        .contains("001_a.sql was changed after it was applied")
        .contains("put the change in a new migration");
  }

  @Test
  void aWhitespaceOnlyChangeIsNamedAsSuch() {
    MigrationSet set = numbered("001_a.sql");
    ShipgateException e =
        refused(set, HistoryRows.of().appliedWithOtherContent(set, "001_a.sql", true).rows());
    assertThat(e.getMessage()).contains("only whitespace or line endings differ");
  }

  @Test
  void anUnfinishedMarkerStopsTheRunAndSaysHowToClearIt() {
    MigrationSet set = numbered("001_a.sql", "002_b.sql");
    ShipgateException e = refused(set, HistoryRows.of().unfinished(set, "001_a.sql").rows());
    assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_REFUSED);
    assertThat(e.getMessage())
        .contains("001_a.sql did not finish")
        .contains("WHERE version = '001' AND NOT success");
  }

  @Test
  void anAppliedFileRemovedFromTheDirectoryRefusesTheRun() {
    MigrationSet set = numbered("001_a.sql", "003_c.sql");
    List<HistoryRow> rows =
        HistoryRows.of()
            .applied(set, "001_a.sql")
            .appliedElsewhere("002", "002_b.sql")
            .applied(set, "003_c.sql")
            .rows();
    assertThat(refused(set, rows).getMessage())
        .contains("version 002 (002_b.sql) is applied but its file is missing");
  }

  @Test
  void aNewFileOlderThanTheAppliedHeadIsRefusedUnlessOutOfOrderIsAllowed() {
    MigrationSet set = numbered("001_a.sql", "002_b.sql", "003_c.sql");
    List<HistoryRow> rows =
        HistoryRows.of().applied(set, "001_a.sql").applied(set, "003_c.sql").rows();
    assertThat(refused(set, rows).getMessage())
        .contains("002_b.sql (version 002) is new but 003 is already applied");
    Plan allowed = Planner.plan(set, rows, SqliteDatabase.INSTANCE, SQLITE, null, true);
    assertThat(allowed.steps()).extracting(Step::name).containsExactly("002_b.sql");
  }

  @Test
  void versionsANewerReleaseAppliedAreWarningsNotRefusals() {
    MigrationSet set = numbered("001_a.sql");
    Plan p =
        plan(
            set,
            HistoryRows.of().applied(set, "001_a.sql").appliedElsewhere("002", "002_x.sql").rows());
    assertThat(p.steps()).isEmpty();
    assertThat(p.warnings())
        .containsExactly(new MigrateEvents.NewerVersionApplied("002", "002_x.sql", "001"));
  }

  @Test
  void aBaselineRecordsFilesUpToItsVersionAndPlansTheRest() {
    MigrationSet set = numbered("001_a.sql", "002_b.sql", "003_c.sql");
    Plan p =
        Planner.plan(set, List.of(), SqliteDatabase.INSTANCE, SQLITE, Version.parse("2"), false);
    assertThat(p.baseline())
        .extracting(s -> s.file().name())
        .containsExactly("001_a.sql", "002_b.sql");
    assertThat(p.steps()).extracting(Step::name).containsExactly("003_c.sql");
  }

  @Test
  void aBaselineOnADatabaseWithHistoryIsRefusedAndOneMatchingNothingIsAUsageError() {
    MigrationSet set = numbered("005_a.sql");
    assertThatThrownBy(
            () ->
                Planner.plan(
                    set,
                    HistoryRows.of().applied(set, "005_a.sql").rows(),
                    SqliteDatabase.INSTANCE,
                    SQLITE,
                    Version.parse("5"),
                    false))
        .hasMessageContaining("--baseline is only for a database without shipgate history");
    assertThatThrownBy(
            () ->
                Planner.plan(
                    set, List.of(), SqliteDatabase.INSTANCE, SQLITE, Version.parse("1"), false))
        .isInstanceOfSatisfying(
            ShipgateException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.USAGE));
  }

  @Test
  void aWrappingBeginCommitIsDroppedButACommitInsideIsRefusedWithItsLine() {
    MigrationSet wrapped =
        MigrationTree.in(dir.resolve("w"))
            .file("001_a.sql", "BEGIN;\nCREATE TABLE a (id INTEGER);\nCOMMIT;\n")
            .scan(MigrationLayout.NUMBERED);
    assertThat(plan(wrapped, List.of()).steps().get(0).statements())
        .extracting(s -> s.sql())
        .containsExactly("CREATE TABLE a (id INTEGER)");
    MigrationSet inside =
        MigrationTree.in(dir.resolve("i"))
            .file(
                "001_a.sql",
                "CREATE TABLE a (id INTEGER);\nCOMMIT;\nCREATE TABLE b (id INTEGER);\n")
            .scan(MigrationLayout.NUMBERED);
    assertThat(refused(inside, List.of()).getMessage())
        .contains("001_a.sql:2: COMMIT would end shipgate's transaction early");
  }

  @Test
  void createIndexConcurrentlyRunsOutsideATransactionOnPostgres() {
    MigrationSet set =
        MigrationTree.in(dir)
            .file("001_ix.sql", "CREATE INDEX CONCURRENTLY ix_a ON a (b);\n")
            .scan(MigrationLayout.NUMBERED);
    Plan p = Planner.plan(set, List.of(), PostgresDatabase.INSTANCE, PG16, null, false);
    assertThat(p.steps().get(0).outsideTransaction()).contains("CONCURRENTLY");
  }
}
