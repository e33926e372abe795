package dev.shipgate.migrations.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.testing.MigrationTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentDetectionTest {
  @TempDir Path dir;

  private LayoutDetector.Detected detect() {
    return LayoutDetector.detect(dir);
  }

  @Test
  void djangoMigrationModulesAreDjangoNotAlembic() {
    MigrationTree.in(dir)
        .file("__init__.py", "")
        .file(
            "0001_initial.py",
            "from django.db import migrations\n\nclass Migration(migrations.Migration):\n    initial = True\n    dependencies = []\n");
    assertThat(detect().layout()).isEqualTo(MigrationLayout.DJANGO);
  }

  @Test
  void gooseAndDbmateFilesAreToldApartFromNumberedOnesByTheirSectionMarkers() {
    MigrationTree.in(dir.resolve("g")).file("00001_init.sql", "-- +goose Up\nSELECT 1;\n");
    MigrationTree.in(dir.resolve("d"))
        .file("20200101000000_init.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n");
    assertThat(LayoutDetector.detect(dir.resolve("g")).layout()).isEqualTo(MigrationLayout.GOOSE);
    assertThat(LayoutDetector.detect(dir.resolve("d")).layout()).isEqualTo(MigrationLayout.DBMATE);
  }

  @Test
  void gooseGoMigrationsAloneAreGoose() {
    MigrationTree.in(dir)
        .file(
            "20200101000000_init.go", "package m\nfunc init() { goose.AddMigration(up, down) }\n");
    assertThat(detect().layout()).isEqualTo(MigrationLayout.GOOSE);
  }

  @Test
  void railsAndDieselFolders() {
    MigrationTree.in(dir.resolve("migrate")).file("20200101000000_create_users.rb", "class X; end");
    MigrationTree.in(dir.resolve("diesel")).file("2017-03-10-135800_users/up.sql", "SELECT 1;");
    assertThat(LayoutDetector.detect(dir.resolve("migrate")).layout())
        .isEqualTo(MigrationLayout.RAILS);
    assertThat(LayoutDetector.detect(dir.resolve("diesel")).layout())
        .isEqualTo(MigrationLayout.DIESEL);
  }

  @Test
  void aParentHoldingExactlyOneTreeIsThatTree() {
    MigrationTree.in(dir).file("src/main/resources/db/migration/V1__init.sql", "SELECT 1;");
    LayoutDetector.Detected d = detect();
    assertThat(d.layout()).isEqualTo(MigrationLayout.FLYWAY);
    assertThat(d.dir()).isEqualTo(dir.resolve("src/main/resources/db/migration"));
  }

  @Test
  void flywayVersionSubfoldersAreOneTree() {
    MigrationTree.in(dir).file("2.31/V2_31_1__a.sql", "SELECT 1;").file("2.32/V2_32_1__b.sql", "");
    LayoutDetector.Detected d = detect();
    assertThat(d.layout()).isEqualTo(MigrationLayout.FLYWAY);
    assertThat(d.dir()).isEqualTo(dir);
  }

  @Test
  void aParentOfTwoDifferentTreesIsNotGuessed() {
    MigrationTree.in(dir)
        .file("mysql/V1__init.sql", "SELECT 1;")
        .file("postgres/V1__init.sql", "SELECT 1;");
    LayoutDetector.Detected d = detect();
    assertThat(d.found()).isFalse();
    assertThat(d.note()).contains("the parent of 2 migration trees");
  }

  @Test
  void otherToolsAreNamed() {
    MigrationTree.in(dir.resolve("lb")).file("db.changelog-master.xml", "<databaseChangeLog/>");
    MigrationTree.in(dir.resolve("knex"))
        .file("20200101_users.js", "exports.up = function(knex) { return knex.schema; };");
    MigrationTree.in(dir.resolve("ef"))
        .file(
            "20200101_Init.cs", "[Migration(\"20200101_Init\")] partial class Init : Migration {}");
    assertThat(LayoutDetector.detect(dir.resolve("lb")).note()).startsWith("Liquibase changelogs");
    assertThat(LayoutDetector.detect(dir.resolve("knex")).note()).startsWith("Knex migrations");
    assertThat(LayoutDetector.detect(dir.resolve("ef")).note()).startsWith("EF Core migrations");
  }

  @Test
  void anEmptyFolderIsSaidToBeOne() {
    assertThat(detect().found()).isFalse();
    assertThat(detect().note()).isEqualTo("an empty folder");
  }
}
