package dev.shipgate.migrations.rules;

import static dev.shipgate.testing.MigrationTree.files;
import static dev.shipgate.testing.MigrationTree.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.testing.MigrationTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateVersionRuleTest {
  @TempDir Path dir;

  private List<Finding> dups(MigrationLayout layout) {
    return only(MigrationTree.in(dir).lint(layout), Rule.DUPLICATE_VERSION);
  }

  @Test
  void twoNumberedFilesWithOneNumberAreAnErrorAndTheHintNamesTheSuffixRename() {
    MigrationTree.in(dir)
        .files(
            "16_a.sql",
            "17_add_session_type_index.sql",
            "17_add_subscription_tier.sql",
            "18_c.sql");
    List<Finding> f = dups(MigrationLayout.NUMBERED);
    assertThat(files(f)).containsExactly("17_add_subscription_tier.sql");
    assertThat(f.get(0).message()).contains("also used by 17_add_session_type_index.sql");
    assertThat(f.get(0).hint()).isEqualTo("rename to 17b_add_subscription_tier.sql");
  }

  @Test
  void suffixedVersionsAreDistinct() {
    MigrationTree.in(dir).files("17_a.sql", "17b_b.sql", "17c_c.sql", "18_d.sql");
    assertThat(dups(MigrationLayout.NUMBERED)).isEmpty();
  }

  @Test
  void hintSkipsSuffixesAlreadyTaken() {
    MigrationTree.in(dir).files("17_a.sql", "17_b.sql", "17b_c.sql");
    assertThat(dups(MigrationLayout.NUMBERED).get(0).hint()).isEqualTo("rename to 17c_b.sql");
  }

  @Test
  void leadingZerosDoNotMakeANewVersion() {
    MigrationTree.in(dir).files("017_a.sql", "17_b.sql");
    assertThat(files(dups(MigrationLayout.NUMBERED))).containsExactly("17_b.sql");
  }

  @Test
  void flywayVersionsThatNormaliseEquallyAreDuplicatesAndTheRenameComesLast() {
    MigrationTree.in(dir).files("V1__a.sql", "V1.1__b.sql", "V1_1__c.sql", "V2__d.sql");
    List<Finding> f = dups(MigrationLayout.FLYWAY);
    assertThat(files(f)).containsExactly("V1_1__c.sql");
    assertThat(f.get(0).hint())
        .startsWith(
            "rename to V3__c.sql if no database has applied it yet (else rename V1.1__b.sql")
        .contains("never rename a migration a database has already run");
  }

  @Test
  void flywayRepeatablesWithOneDescriptionAreDuplicates() {
    MigrationTree.in(dir).files("R__views.sql", "sub/R__views.sql", "R__other.sql");
    assertThat(dups(MigrationLayout.FLYWAY)).hasSize(1);
  }

  @Test
  void upDownPairIsNotADuplicate() {
    MigrationTree.in(dir).files("1_a.up.sql", "1_a.down.sql", "2_b.up.sql", "2_b.down.sql");
    assertThat(dups(MigrationLayout.UPDOWN)).isEmpty();
  }

  @Test
  void twoUpFilesWithOneVersionAreDuplicates() {
    MigrationTree.in(dir).files("000001_a.up.sql", "000002_b.up.sql", "000002_c.up.sql");
    List<Finding> f = dups(MigrationLayout.UPDOWN);
    assertThat(files(f)).containsExactly("000002_c.up.sql");
    assertThat(f.get(0).hint()).startsWith("rename to 000003_c.up.sql");
  }

  @Test
  void rollbackPairIsReportedAsRollbackNotAsDuplicate() {
    MigrationTree.in(dir).files("16_chat.sql", "16_chat_rollback.sql");
    assertThat(dups(MigrationLayout.NUMBERED)).isEmpty();
  }

  @Test
  void skippedFilesDoNotCount() {
    MigrationTree.in(dir).files("00_init.sql", "00_reset.sql");
    assertThat(
            only(
                MigrationTree.in(dir).lint(MigrationLayout.NUMBERED, "00_reset.sql"),
                Rule.DUPLICATE_VERSION))
        .isEmpty();
  }
}
