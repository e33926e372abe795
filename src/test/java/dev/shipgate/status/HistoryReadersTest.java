package dev.shipgate.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.history.Checksums;
import dev.shipgate.history.HistoryComparison;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.testing.HistoryRows;
import dev.shipgate.testing.MigrationTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each tool's history reader judging fixture rows, as that tool would: no database. */
class HistoryReadersTest {
  @TempDir Path dir;

  private static Map<MigrationFile, MigrationScript> scripts(MigrationSet set) {
    return MigrationScript.loadAll(HistoryComparison.forward(set));
  }

  private static int flywaySum(Path p) throws Exception {
    return FlywayChecksum.of(Files.readAllBytes(p));
  }

  private MigrationSet flyway() {
    return MigrationTree.in(dir)
        .file("V1__a.sql", "CREATE TABLE a (id INT);\n")
        .file("V2__b.sql", "CREATE TABLE b (id INT);\n")
        .file("V3__c.sql", "CREATE TABLE c (id INT);\n")
        .file("R__view.sql", "CREATE VIEW v AS SELECT 1;\n")
        .scan(MigrationLayout.FLYWAY);
  }

  @Test
  void flywayBaselineCountsEverythingBelowItAsApplied() throws Exception {
    MigrationSet set = flyway();
    List<FlywayHistoryReader.Row> rows =
        List.of(
            new FlywayHistoryReader.Row("2", "<< Flyway Baseline >>", "BASELINE", null, true),
            new FlywayHistoryReader.Row("3", "c", "SQL", flywaySum(dir.resolve("V3__c.sql")), true),
            new FlywayHistoryReader.Row(
                null, "view", "SQL", flywaySum(dir.resolve("R__view.sql")), true));
    SourceState s = FlywayHistoryReader.judge(rows, set, scripts(set));
    assertThat(s.pending()).isEmpty();
    assertThat(s.changed()).isEmpty();
    assertThat(s.current()).isEqualTo("3");
    assertThat(s.head()).isEqualTo("3");
  }

  @Test
  void flywayUndoTakesAVersionBackAndAFailedRowIsFailedNotPending() throws Exception {
    MigrationSet set = flyway();
    List<FlywayHistoryReader.Row> rows =
        List.of(
            new FlywayHistoryReader.Row("1", "a", "SQL", flywaySum(dir.resolve("V1__a.sql")), true),
            new FlywayHistoryReader.Row("2", "b", "SQL", flywaySum(dir.resolve("V2__b.sql")), true),
            new FlywayHistoryReader.Row("2", "b", "UNDO_SQL", null, true),
            new FlywayHistoryReader.Row("3", "c", "SQL", 42, false));
    SourceState s = FlywayHistoryReader.judge(rows, set, scripts(set));
    assertThat(s.pending()).containsExactly("2", "view");
    assertThat(s.failed()).containsExactly("3");
    assertThat(s.current()).isEqualTo("1");
  }

  @Test
  void flywayChecksumDifferenceIsAChangeWithBothSumsInTheNote() throws Exception {
    MigrationSet set = flyway();
    List<FlywayHistoryReader.Row> rows =
        List.of(new FlywayHistoryReader.Row("1", "a", "SQL", 12345, true));
    SourceState s = FlywayHistoryReader.judge(rows, set, scripts(set));
    assertThat(s.changed()).containsExactly("1");
    assertThat(s.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(StatusNote.Kind.CHECKSUM_CHANGED);
              assertThat(n.describe()).contains("V1__a.sql", "12345 in the table");
            });
  }

  @Test
  void prismaUnfinishedRowIsFailedAndARolledBackOneThatRanAgainIsApplied() throws Exception {
    MigrationSet set =
        MigrationTree.in(dir)
            .file("migration_lock.toml", "provider = \"postgresql\"\n")
            .file("20240101000000_init/migration.sql", "CREATE TABLE a (id INT);\r\n")
            .file("20240201000000_two/migration.sql", "CREATE TABLE b (id INT);\n")
            .file("20240301000000_three/migration.sql", "CREATE TABLE c (id INT);\n")
            .scan(MigrationLayout.PRISMA);
    String lfSum = Checksums.sha256("CREATE TABLE a (id INT);\n".getBytes(StandardCharsets.UTF_8));
    String twoSum =
        Checksums.sha256(Files.readAllBytes(dir.resolve("20240201000000_two/migration.sql")));
    List<PrismaHistoryReader.Row> rows =
        List.of(
            new PrismaHistoryReader.Row("20240101000000_init", lfSum, true, false),
            new PrismaHistoryReader.Row("20240201000000_two", twoSum, false, true),
            new PrismaHistoryReader.Row("20240201000000_two", twoSum, true, false),
            new PrismaHistoryReader.Row("20240301000000_three", "abc", false, false));
    SourceState s = PrismaHistoryReader.judge(rows, set, scripts(set));
    assertThat(s.changed()).as("CRLF on disk, LF when applied: the same migration").isEmpty();
    assertThat(s.failed()).containsExactly("20240301000000_three");
    assertThat(s.pending()).isEmpty();
    assertThat(s.current()).isEqualTo("20240201000000_two");
    assertThat(s.notes())
        .extracting(StatusNote::kind)
        .containsExactly(StatusNote.Kind.PRISMA_FAILED);
  }

  @Test
  void prismaAppliedFolderMissingHereIsAChange() {
    MigrationSet set =
        MigrationTree.in(dir)
            .file("migration_lock.toml", "provider = \"postgresql\"\n")
            .file("20240101000000_init/migration.sql", "CREATE TABLE a (id INT);\n")
            .scan(MigrationLayout.PRISMA);
    String sum = Checksums.sha256("CREATE TABLE a (id INT);\n".getBytes(StandardCharsets.UTF_8));
    SourceState s =
        PrismaHistoryReader.judge(
            List.of(
                new PrismaHistoryReader.Row("20240101000000_init", sum, true, false),
                new PrismaHistoryReader.Row("20231201000000_gone", "x", true, false)),
            set,
            scripts(set));
    assertThat(s.changed()).containsExactly("20231201000000_gone");
  }

  private MigrationSet alembic() {
    return MigrationTree.in(dir)
        .file("env.py", "")
        .file("versions/a1_base.py", "revision = 'a1'\ndown_revision = None\n")
        .file("versions/b2_left.py", "revision = 'b2'\ndown_revision = 'a1'\n")
        .file("versions/c3_right.py", "revision = 'c3'\ndown_revision = 'a1'\n")
        .file("versions/d4_merge.py", "revision = 'd4'\ndown_revision = ('b2', 'c3')\n")
        .scan(MigrationLayout.ALEMBIC);
  }

  @Test
  void alembicAtTheMergeHeadHasEveryAncestorApplied() {
    SourceState s = AlembicHistoryReader.judge(List.of("d4"), alembic());
    assertThat(s.pending()).isEmpty();
    assertThat(s.current()).isEqualTo("d4");
    assertThat(s.head()).isEqualTo("d4");
  }

  @Test
  void alembicOnOneBranchListsTheOtherBranchAndTheMergeAsPendingInApplyOrder() {
    SourceState s = AlembicHistoryReader.judge(List.of("b2"), alembic());
    assertThat(s.pending()).containsExactly("c3", "d4");
  }

  @Test
  void alembicAtARevisionNoFileDefinesIsChanged() {
    SourceState s = AlembicHistoryReader.judge(List.of("zz9"), alembic());
    assertThat(s.changed()).containsExactly("zz9");
    assertThat(s.notes())
        .extracting(StatusNote::kind)
        .containsExactly(StatusNote.Kind.UNKNOWN_REVISION);
  }

  @Test
  void shipgateHistoryNotesNameEachKindOfProblem() {
    MigrationSet set =
        MigrationTree.in(dir)
            .file("001_a.sql", "CREATE TABLE a (id INT);\n")
            .file("002_b.sql", "CREATE TABLE b (id INT);\n")
            .file("003_c.sql", "CREATE TABLE c (id INT);\n")
            .scan(MigrationLayout.NUMBERED);
    SourceState s =
        ShipgateHistoryReader.judge(
            HistoryRows.of()
                .appliedWithOtherContent(set, "001_a.sql", true)
                .unfinished(set, "002_b.sql")
                .appliedElsewhere("009", "009_newer.sql")
                .rows(),
            set,
            scripts(set));
    assertThat(s.changed()).containsExactly("001");
    assertThat(s.failed()).containsExactly("002");
    assertThat(s.pending()).containsExactly("003");
    assertThat(s.notes())
        .extracting(StatusNote::kind)
        .containsExactly(
            StatusNote.Kind.CHANGED_WHITESPACE_ONLY,
            StatusNote.Kind.PENDING_OUT_OF_ORDER,
            StatusNote.Kind.APPLIED_BUT_NEWER,
            StatusNote.Kind.NOT_FINISHED);
  }
}
