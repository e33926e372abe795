package dev.shipgate.migrations.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.testing.MigrationTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
  @TempDir Path dir;
  private MigrationTree tree;

  @BeforeEach
  void recordThreeMigrations() throws IOException {
    tree =
        MigrationTree.in(dir)
            .file("01_a.sql", "CREATE TABLE a (id INT);\n")
            .file("02_b.sql", "SELECT 2;\n")
            .file("03_c.sql", "SELECT 3;\n");
    assertThat(Ledger.update(tree.scan(MigrationLayout.NUMBERED))).isEqualTo(3);
  }

  private List<Finding> check() {
    return Ledger.check(tree.scan(MigrationLayout.NUMBERED), true);
  }

  @Test
  void unchangedDirectoryMatchesItsLedger() {
    assertThat(check()).isEmpty();
  }

  @Test
  void editedFileIsAChecksumMismatch() {
    tree.file("02_b.sql", "SELECT 22;\n");
    assertThat(check())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.CHECKSUM_MISMATCH);
              assertThat(f.path().getFileName().toString()).isEqualTo("02_b.sql");
              assertThat(f.message()).startsWith("edited after shipgate.sum recorded it");
            });
  }

  @Test
  void whitespaceOrLineEndingOnlyEditIsNamedAsSuch() {
    tree.file("01_a.sql", "CREATE TABLE a (id INT);\r\n\r\n");
    assertThat(check())
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).startsWith("only whitespace or line endings changed"));
  }

  @Test
  void removedFileIsAChecksumMismatch() throws IOException {
    Files.delete(dir.resolve("02_b.sql"));
    assertThat(check())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("but removed"));
  }

  @Test
  void fileInsertedBeforeTheLastRecordedOneIsAChecksumMismatch() {
    tree.file("02b_parallel_branch.sql", "SELECT 4;\n");
    assertThat(check())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path().getFileName().toString()).isEqualTo("02b_parallel_branch.sql");
              assertThat(f.message()).contains("inserted before 03_c.sql");
            });
  }

  @Test
  void newFileAfterTheLastRecordedOneIsFine() {
    tree.file("04_d.sql", "SELECT 4;\n");
    assertThat(check()).isEmpty();
  }

  @Test
  void handEditedLedgerBreaksTheChain() throws IOException {
    Path sum = dir.resolve(SumFile.NAME);
    List<String> lines = Files.readAllLines(sum);
    List<String> edited =
        lines.stream()
            .map(l -> l.startsWith("02_b.sql") ? l.replaceFirst("h1:.", "h1:A") : l)
            .toList();
    Files.write(sum, edited);
    assertThat(check())
        .anySatisfy(
            f -> {
              assertThat(f.path()).isEqualTo(sum);
              assertThat(f.message()).contains("chain breaks at 02_b.sql");
              assertThat(f.line()).isNotNull();
            });
  }

  @Test
  void mergeConflictMarkersAreReportedWithTheirLines() throws IOException {
    Path sum = dir.resolve(SumFile.NAME);
    Files.writeString(sum, Files.readString(sum) + "<<<<<<< HEAD\n=======\n>>>>>>> feature\n");
    assertThat(check()).filteredOn(f -> f.path().equals(sum)).hasSize(3);
  }

  @Test
  void missingLedgerIsAnErrorOnlyWhenRequired() throws IOException {
    Files.delete(dir.resolve(SumFile.NAME));
    assertThat(Ledger.check(tree.scan(MigrationLayout.NUMBERED), false)).isEmpty();
    assertThat(check()).singleElement().extracting(Finding::rule).isEqualTo(Rule.SUM_MISSING);
  }

  @Test
  void skippedAndRollbackFilesAreNotRecorded() throws IOException {
    tree.file("03_c_rollback.sql", "SELECT 0;\n");
    Ledger.update(tree.scan(MigrationLayout.NUMBERED));
    assertThat(Files.readString(dir.resolve(SumFile.NAME))).doesNotContain("rollback");
  }
}
