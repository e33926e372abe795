package dev.shipgate.migrations.rules;

import static dev.shipgate.testing.MigrationTree.files;
import static dev.shipgate.testing.MigrationTree.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.Severity;
import dev.shipgate.testing.MigrationTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackFileRuleTest {
  @TempDir Path dir;

  private List<Finding> rollbacks(MigrationLayout layout) {
    return only(MigrationTree.in(dir).lint(layout), Rule.ROLLBACK_FILE);
  }

  @Test
  void rollbackFileSortingAfterItsForwardFileIsAnErrorThatSaysSo() {
    MigrationTree.in(dir)
        .files("16_add_customer_chat_support.sql", "16_add_customer_chat_support_rollback.sql");
    List<Finding> f = rollbacks(MigrationLayout.NUMBERED);
    assertThat(files(f)).containsExactly("16_add_customer_chat_support_rollback.sql");
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).message())
        .contains("sorts after 16_add_customer_chat_support.sql")
        .contains("undoes it");
  }

  @Test
  void rollbackFileSortingBeforeItsForwardFileSaysSo() {
    MigrationTree.in(dir).files("16_rollback_chat.sql", "16_xchat.sql");
    assertThat(rollbacks(MigrationLayout.NUMBERED).get(0).message())
        .contains("sorts before 16_xchat.sql");
  }

  @Test
  void rollbackSuffixWithItsOwnNumberIsStillAnError() {
    MigrationTree.in(dir).files("16_chat.sql", "17_chat_down.sql");
    List<Finding> f = rollbacks(MigrationLayout.NUMBERED);
    assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void deliberateRevertMigrationIsOnlyAWarning() {
    MigrationTree.in(dir).files("16_chat.sql", "17_revert_chat_feature.sql");
    List<Finding> f = rollbacks(MigrationLayout.NUMBERED);
    assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  @Test
  void ordinaryNamesAreNotRollbacks() {
    MigrationTree.in(dir).files("01_add_down_payment.sql", "02_users.sql");
    assertThat(rollbacks(MigrationLayout.NUMBERED)).isEmpty();
  }

  @Test
  void downFileWithItsUpFileIsFineInTheUpDownLayout() {
    MigrationTree.in(dir).files("1_a.up.sql", "1_a.down.sql");
    assertThat(rollbacks(MigrationLayout.UPDOWN)).isEmpty();
  }

  @Test
  void orphanDownFileIsAnError() {
    MigrationTree.in(dir).files("1_a.up.sql", "2_b.down.sql");
    List<Finding> f = rollbacks(MigrationLayout.UPDOWN);
    assertThat(files(f)).containsExactly("2_b.down.sql");
    assertThat(f.get(0).hint()).contains("2_b.up.sql");
  }

  @Test
  void flywayUndoScriptsAreNotFindingsButRollbackNamedVersionedFilesAre() {
    MigrationTree.in(dir).files("V1__a.sql", "U1__a.sql", "V2__a_rollback.sql");
    List<Finding> f = rollbacks(MigrationLayout.FLYWAY);
    assertThat(files(f)).containsExactly("V2__a_rollback.sql");
    assertThat(f.get(0).message()).contains("U2__");
  }
}
