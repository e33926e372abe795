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

class LexicalOrderRuleTest {
  @TempDir Path dir;

  private List<Finding> lexical(MigrationLayout layout) {
    return only(MigrationTree.in(dir).lint(layout), Rule.LEXICAL_ORDER_MISMATCH);
  }

  @Test
  void unpaddedNumbersThatAGlobMisordersAreErrorsWithAPaddingHint() {
    MigrationTree.in(dir).files("1_a.sql", "2_b.sql", "10_c.sql");
    List<Finding> f = lexical(MigrationLayout.NUMBERED);
    // '0' sorts before '_', so a glob runs 10_c.sql first of all
    assertThat(files(f)).containsExactly("1_a.sql", "2_b.sql");
    assertThat(f.get(1).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(1).message()).contains("applies 10_c.sql before this file");
    assertThat(f.get(1).hint()).contains("rename to 02_b.sql");
  }

  @Test
  void zeroPaddedAndSuffixedNamesAreInOrder() {
    MigrationTree.in(dir).files("01_a.sql", "02_b.sql", "02b_c.sql", "10_d.sql");
    assertThat(lexical(MigrationLayout.NUMBERED)).isEmpty();
  }

  @Test
  void upperCaseSuffixSortsBeforeItsBaseInAGlob() {
    MigrationTree.in(dir).files("17_a.sql", "17B_b.sql");
    assertThat(files(lexical(MigrationLayout.NUMBERED))).containsExactly("17_a.sql");
  }

  @Test
  void prismaFolderWhosePaddedTimestampIsOlderThanOneAppliedBeforeItIsAWarning() {
    MigrationTree.in(dir)
        .file("20240215093000_a/migration.sql", "SELECT 1;")
        .file("202402_b/migration.sql", "SELECT 1;");
    List<Finding> f = lexical(MigrationLayout.PRISMA);
    assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).path().getFileName().toString()).isEqualTo("202402_b");
    assertThat(f.get(0).message()).contains("read as 20240200000000");
  }

  @Test
  void prismaTimestampsOfMixedLengthsAreComparedAsRightPaddedTimesNotAsNumbers() {
    MigrationTree.in(dir)
        .file("20240215093000_a/migration.sql", "SELECT 1;")
        .file("2024030112_b/migration.sql", "SELECT 1;")
        .file("202310122339_c/migration.sql", "SELECT 1;")
        .file("20250625_d/migration.sql", "SELECT 1;");
    assertThat(lexical(MigrationLayout.PRISMA)).isEmpty();
  }

  @Test
  void prismaFoldersSharingATimestampAreOrderedByNameAndAreNotDuplicates() {
    MigrationTree.in(dir)
        .file("20240215093000_a/migration.sql", "SELECT 1;")
        .file("20240215093000_b/migration.sql", "SELECT 1;");
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.PRISMA)).isEmpty();
  }

  @Test
  void prismaTimestampsOfOtherLengthsThatSortRightAreFine() {
    MigrationTree.in(dir)
        .file("0001_init/migration.sql", "SELECT 1;")
        .file("0002_more/migration.sql", "SELECT 1;")
        .file("20220308100145_/migration.sql", "SELECT 1;");
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.PRISMA)).isEmpty();
  }

  @Test
  void flywayIsNotCheckedBecauseFlywaySortsByVersion() {
    MigrationTree.in(dir).files("V2__a.sql", "V10__b.sql");
    assertThat(lexical(MigrationLayout.FLYWAY)).isEmpty();
  }
}
