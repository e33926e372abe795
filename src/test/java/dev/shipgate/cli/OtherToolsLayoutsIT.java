package dev.shipgate.cli;

import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.MigrationTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layouts whose own tool applies them: {@code migrate} refuses them in one line that names the
 * tool's command, and {@code status}, which has no reader for their history, says so in one line.
 */
class OtherToolsLayoutsIT {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({
    "django, python manage.py migrate",
    "rails, bin/rails db:migrate",
    "dbmate, dbmate up",
    "goose, goose up",
    "diesel, diesel migration run"
  })
  void migrateRefusesALayoutItsOwnToolAppliesAndNamesTheCommand(String layout, String tool) {
    String url = "sqlite:" + tmp.resolve("app.db");
    CliRun.withEmptyEnv()
        .run("migrate", "--url", url, "--dir", "examples/" + layout + "/fixed")
        .exits(78)
        .oneLineError()
        .errContains("its own tool applies it", "migrations.command: " + tool);
    CliRun.withEmptyEnv()
        .run("status", "--url", url, "--dir", "examples/" + layout + "/fixed")
        .exits(78)
        .oneLineError()
        .errContains("shipgate status does not read its tool's history yet", tool);
  }

  @Test
  void migrateRefusesPerDatabaseVariantsItCannotChooseBetween() {
    MigrationTree.in(tmp.resolve("m"))
        .files("1_init.mysql.up.sql", "1_init.postgres.up.sql", "1_init.sqlite3.up.sql");
    CliRun.withEmptyEnv()
        .run(
            "migrate",
            "--url",
            "sqlite:" + tmp.resolve("app.db"),
            "--dir",
            tmp.resolve("m").toString())
        .exits(78)
        .oneLineError()
        .errContains("keeps one file per database (1_init.mysql.up.sql)");
  }
}
