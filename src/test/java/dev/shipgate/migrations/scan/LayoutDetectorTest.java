package dev.shipgate.migrations.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.testing.MigrationTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutDetectorTest {
  @TempDir Path dir;

  private MigrationLayout detect() {
    return LayoutDetector.detect(dir).layout();
  }

  @Test
  void upDownPairsAreNotMistakenForNumberedFiles() {
    MigrationTree.in(dir)
        .files("1_init.up.sql", "1_init.down.sql", "2_users.up.sql", "2_users.down.sql");
    assertThat(detect()).isEqualTo(MigrationLayout.UPDOWN);
  }

  @Test
  void numberedFiles() {
    MigrationTree.in(dir).files("01_init.sql", "02_users.sql", "17b_x.sql", "README.md");
    assertThat(detect()).isEqualTo(MigrationLayout.NUMBERED);
  }

  @Test
  void flywayFiles() {
    MigrationTree.in(dir).files("V1__init.sql", "V1.1__users.sql", "R__views.sql");
    assertThat(detect()).isEqualTo(MigrationLayout.FLYWAY);
  }

  @Test
  void prismaFolders() {
    MigrationTree.in(dir)
        .file("migration_lock.toml", "provider = \"postgresql\"\n")
        .file("20240101000000_init/migration.sql", "SELECT 1;");
    assertThat(detect()).isEqualTo(MigrationLayout.PRISMA);
  }

  @Test
  void alembicProjectDirectoryPointsAtItsVersionsFolder() {
    MigrationTree.in(dir)
        .file("env.py", "")
        .file("versions/abc_init.py", "revision = 'abc'\ndown_revision = None\n");
    LayoutDetector.Detected d = LayoutDetector.detect(dir);
    assertThat(d.layout()).isEqualTo(MigrationLayout.ALEMBIC);
    assertThat(d.dir()).isEqualTo(dir.resolve("versions"));
  }

  @Test
  void alembicVersionsFolderItself() {
    MigrationTree.in(dir).file("abc_init.py", "revision = 'abc'\ndown_revision = None\n");
    assertThat(detect()).isEqualTo(MigrationLayout.ALEMBIC);
  }

  @Test
  void emptyDirectoryFallsBackToNumberedAndSaysNothingWasFound() {
    assertThat(detect()).isEqualTo(MigrationLayout.NUMBERED);
    assertThat(LayoutDetector.detect(dir).found()).isFalse();
  }
}
