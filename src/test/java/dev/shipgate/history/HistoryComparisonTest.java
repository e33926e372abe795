package dev.shipgate.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.testing.HistoryRows;
import dev.shipgate.testing.MigrationTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory held against fixture rows of shipgate_schema_history. */
class HistoryComparisonTest {
  @TempDir Path dir;

  private MigrationSet flyway() {
    return MigrationTree.in(dir)
        .file("V1__a.sql", "CREATE TABLE a (id INT);\n")
        .file("V2__b.sql", "CREATE TABLE b (id INT);\n")
        .file("V3__c.sql", "CREATE TABLE c (id INT);\n")
        .file("R__view.sql", "CREATE VIEW v AS SELECT 1;\n")
        .scan(MigrationLayout.FLYWAY);
  }

  @Test
  void aFreshDatabaseHasEverythingPendingAndNoCurrentVersion() {
    HistoryComparison h = HistoryComparison.compare(flyway(), List.of());
    assertThat(h.pending())
        .extracting(s -> s.file().name())
        .containsExactly("V1__a.sql", "V2__b.sql", "V3__c.sql");
    assertThat(h.repeatablesDue()).extracting(s -> s.file().name()).containsExactly("R__view.sql");
    assertThat(h.current()).isNull();
    assertThat(h.head()).isEqualTo("3");
  }

  @Test
  void aRepeatableIsDueAgainOnlyWhenItsContentChanged() {
    MigrationSet set = flyway();
    HistoryRows rows = HistoryRows.of().applied(set, "V1__a.sql").repeatable(set, "R__view.sql");
    assertThat(HistoryComparison.compare(set, rows.rows()).repeatablesDue()).isEmpty();
    MigrationTree.in(dir).file("R__view.sql", "CREATE VIEW v AS SELECT 2;\n");
    MigrationSet edited = MigrationTree.in(dir).scan(MigrationLayout.FLYWAY);
    assertThat(HistoryComparison.compare(edited, rows.rows()).repeatablesDue())
        .extracting(s -> s.file().name())
        .containsExactly("R__view.sql");
  }

  @Test
  void appliedVersionsWithoutFilesAreRemovedBelowTheHeadAndFutureAboveIt() {
    MigrationSet set = flyway();
    List<HistoryRow> rows =
        HistoryRows.of()
            .applied(set, "V1__a.sql")
            .appliedElsewhere("1.5", "V1_5__gone.sql")
            .appliedElsewhere("9", "V9__newer.sql")
            .rows();
    HistoryComparison h = HistoryComparison.compare(set, rows);
    assertThat(h.removed()).extracting(HistoryRow::version).containsExactly("1.5");
    assertThat(h.future()).extracting(HistoryRow::version).containsExactly("9");
    assertThat(h.current()).isEqualTo("9");
    assertThat(h.outOfOrder())
        .extracting(s -> s.file().name())
        .containsExactly("V2__b.sql", "V3__c.sql");
  }

  @Test
  void aChangeIsTaggedWhitespaceOnlyWhenOnlyWhitespaceDiffers() {
    MigrationSet set = flyway();
    HistoryComparison h =
        HistoryComparison.compare(
            set,
            HistoryRows.of()
                .appliedWithOtherContent(set, "V1__a.sql", true)
                .appliedWithOtherContent(set, "V2__b.sql", false)
                .rows());
    assertThat(h.changed())
        .extracting(c -> c.script().file().name() + ":" + c.whitespaceOnly())
        .containsExactly("V1__a.sql:true", "V2__b.sql:false");
  }

  @Test
  void anUnfinishedRowIsFailedAndNotPending() {
    MigrationSet set = flyway();
    HistoryComparison h =
        HistoryComparison.compare(set, HistoryRows.of().unfinished(set, "V1__a.sql").rows());
    assertThat(h.failed()).extracting(HistoryRow::version).containsExactly("1");
    assertThat(h.pending())
        .extracting(s -> s.file().name())
        .containsExactly("V2__b.sql", "V3__c.sql");
    assertThat(h.appliedCount()).isZero();
  }
}
