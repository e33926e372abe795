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

/** invalid-name and missing-migration-sql across layouts. */
class NamingAndLayoutRulesTest {
  @TempDir Path dir;

  @Test
  void numberedFilesWithoutNumberOrUnderscoreAreInvalidWithARenameHint() {
    MigrationTree.in(dir).files("01_a.sql", "02-b.sql", "notes.sql", "README.md", "03_c.SQL");
    List<Finding> f = only(MigrationTree.in(dir).lint(MigrationLayout.NUMBERED), Rule.INVALID_NAME);
    assertThat(files(f)).containsExactly("02-b.sql", "03_c.SQL", "notes.sql");
    assertThat(f)
        .extracting(Finding::hint)
        .containsExactly(
            "rename to 02_b.sql (or list it in migrations.skip if it must never run)",
            "rename to 03_c.sql (or list it in migrations.skip if it must never run)",
            "rename to 02_notes.sql (or list it in migrations.skip if it must never run)");
  }

  @Test
  void flywayNearMissesThatFlywayWouldSilentlySkipAreInvalid() {
    MigrationTree.in(dir)
        .files(
            "V1__ok.sql",
            "V2_one_underscore.sql",
            "v3__lower.sql",
            "4__no_prefix.sql",
            "beforeMigrate.sql",
            "afterEachMigrate__log.sql");
    List<Finding> f = only(MigrationTree.in(dir).lint(MigrationLayout.FLYWAY), Rule.INVALID_NAME);
    assertThat(files(f))
        .containsExactly("4__no_prefix.sql", "V2_one_underscore.sql", "v3__lower.sql");
    assertThat(f.get(1).hint()).startsWith("rename to V2__one_underscore.sql");
  }

  @Test
  void upDownFileThatIsNeitherUpNorDownIsInvalid() {
    MigrationTree.in(dir).files("1_a.up.sql", "2_b.sql");
    assertThat(files(only(MigrationTree.in(dir).lint(MigrationLayout.UPDOWN), Rule.INVALID_NAME)))
        .containsExactly("2_b.sql");
  }

  @Test
  void prismaFolderWithoutMigrationSqlIsAnError() {
    MigrationTree.in(dir)
        .file("20240101000000_init/migration.sql", "SELECT 1;")
        .file("20240102000000_lost/notes.txt", "");
    List<Finding> f =
        only(MigrationTree.in(dir).lint(MigrationLayout.PRISMA), Rule.MISSING_MIGRATION_SQL);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.path().getFileName().toString()).isEqualTo("20240102000000_lost");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void prismaEmptyNameAndLooseFilesAreHandledAsPrismaDoes() {
    MigrationTree.in(dir)
        .file("migration_lock.toml", "provider = \"postgresql\"\n")
        .file("20220308100145_/migration.sql", "SELECT 1;")
        .file("hotfix.sql", "SELECT 1;");
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.PRISMA);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(Rule.INVALID_NAME);
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.path().getFileName().toString()).isEqualTo("hotfix.sql");
            });
  }
}
