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

class VersionGapRuleTest {
  @TempDir Path dir;

  private List<Finding> gaps(MigrationLayout layout) {
    return only(MigrationTree.in(dir).lint(layout), Rule.VERSION_GAP);
  }

  @Test
  void missingNumbersAreAWarningOnTheFileAfterTheGap() {
    MigrationTree.in(dir).files("01_a.sql", "02_b.sql", "05_c.sql", "06_d.sql");
    List<Finding> f = gaps(MigrationLayout.NUMBERED);
    assertThat(files(f)).containsExactly("05_c.sql");
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).message())
        .contains("versions 3-4 are missing between 02_b.sql and 05_c.sql");
  }

  @Test
  void suffixesAndAStartAboveOneAreNotGaps() {
    MigrationTree.in(dir).files("40_a.sql", "41_b.sql", "41b_c.sql", "42_d.sql");
    assertThat(gaps(MigrationLayout.NUMBERED)).isEmpty();
  }

  @Test
  void timestampsAndDottedVersionsHaveGapsByDesign() {
    MigrationTree.in(dir).files("20240101000000_a.sql", "20240301000000_b.sql");
    assertThat(gaps(MigrationLayout.NUMBERED)).isEmpty();
  }

  @Test
  void dottedFlywayVersionsAreNotChecked() {
    MigrationTree.in(dir).files("V1__a.sql", "V1.5__b.sql", "V3__c.sql");
    assertThat(gaps(MigrationLayout.FLYWAY)).isEmpty();
  }

  @Test
  void singlePartFlywayVersionsAreChecked() {
    MigrationTree.in(dir).files("V1__a.sql", "V2__b.sql", "V4__c.sql");
    assertThat(files(gaps(MigrationLayout.FLYWAY))).containsExactly("V4__c.sql");
  }
}
