package dev.shipgate.cli;

import static dev.shipgate.testing.CliRun.shipgate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateVersion;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.MigrationTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LintMigrationsIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "numbered",
        "flyway",
        "updown",
        "prisma",
        "alembic",
        "django",
        "rails",
        "dbmate",
        "goose",
        "diesel"
      })
  void brokenTreeFailsAndFixedTreePasses(String layout) {
    shipgate("lint", "migrations", "examples/" + layout + "/broken")
        .exits(1)
        .outContains("FAILED:");
    shipgate("lint", "migrations", "examples/" + layout + "/fixed")
        .exits(0)
        .outContains("OK: no problems");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "numbered",
        "flyway",
        "updown",
        "prisma",
        "alembic",
        "django",
        "rails",
        "dbmate",
        "goose",
        "diesel"
      })
  void jsonOutputMatchesTheGoldenFile(String layout) throws IOException {
    String out =
        shipgate("lint", "migrations", "examples/" + layout + "/broken", "--format", "json")
            .exits(1)
            .out();
    golden(layout + "-broken.json", out);
  }

  @Test
  void sarifOutputMatchesTheGoldenFile() throws IOException {
    String out =
        shipgate("lint", "migrations", "examples/numbered/broken", "--format", "sarif")
            .exits(1)
            .out();
    golden(
        "numbered-broken.sarif",
        out.replace(
            "\"semanticVersion\": \"" + ShipgateVersion.get() + "\"",
            "\"semanticVersion\": \"VERSION\""));
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
    }
    assertThat(file)
        .as("golden file %s is missing: regenerate with -Dgolden.update=true and review it", file)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(file));
  }

  @Test
  void seedsDirectoryIsReportedAsTheSeedsDescribeIt() throws IOException {
    JsonNode n =
        Json.mapper()
            .readTree(
                shipgate("lint", "migrations", "examples/numbered/broken", "--format", "json")
                    .out());
    assertThat(n.at("/summary/errors").asInt()).isEqualTo(4);
    assertThat(n.get("findings").findValuesAsText("rule"))
        .containsExactly(
            "destructive-file", "rollback-file", "duplicate-version", "duplicate-version");
  }

  @Test
  void jsonNamesEveryTargetWithItsLayoutAndAnEmptyFolderIsNeverOk(@TempDir Path dir)
      throws IOException {
    JsonNode n =
        Json.mapper()
            .readTree(
                shipgate("lint", "migrations", "examples/django/fixed", "--format", "json")
                    .exits(0)
                    .out());
    assertThat(n.at("/targets/0/layout").asText()).isEqualTo("django");
    assertThat(n.at("/targets/0/path").asText()).isEqualTo("examples/django/fixed/shop/migrations");
    assertThat(n.at("/targets/0/checked").asBoolean()).isTrue();
    shipgate("lint", "migrations", dir.toString())
        .exits(0)
        .outContains("no-migrations", "an empty folder", "NOTHING CHECKED in")
        .neverShows("OK");
    JsonNode empty =
        Json.mapper()
            .readTree(shipgate("lint", "migrations", dir.toString(), "--format", "json").out());
    assertThat(empty.at("/targets/0/checked").asBoolean()).isFalse();
    assertThat(empty.at("/targets/0/layout").asText()).isEqualTo("none");
  }

  @Test
  void noMigrationsCanBeRaisedToAnErrorLikeEveryRule(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(dir.resolve("db/changelog.xml"), "<databaseChangeLog/>");
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(cfg, "migrations: {dir: db}\nlint: {rules: {no-migrations: error}}\n");
    shipgate("-c", cfg.toString(), "lint", "migrations")
        .exits(1)
        .outContains("Liquibase changelogs, which shipgate does not lint");
  }

  @Test
  void aForcedLayoutThatRecognisesNothingSaysWhatTheFolderLooksLike() {
    shipgate("lint", "migrations", "examples/django/fixed", "--layout", "numbered")
        .exits(0)
        .outContains("it looks like Django migrations, not numbered: pass --layout django");
  }

  @Test
  void lintWithoutSubCommandLintsWhatTheConfigNames() {
    shipgate("-c", "examples/shop/shipgate.yaml", "lint")
        .exits(0)
        .outContains("examples/shop/db/migrations (numbered layout, 8 files)");
  }

  @Test
  void lintWithoutConfigOrPathSaysWhatToDo(@TempDir Path dir) {
    shipgate("lint", "migrations").exits(66).oneLineError().errContains("pass PATH");
  }

  @Test
  void configWithoutMigrationDirIsAConfigError(@TempDir Path dir) throws IOException {
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(cfg, "version: 1\n");
    shipgate("-c", cfg.toString(), "lint")
        .exits(78)
        .oneLineError()
        .errContains(
            "no migrations.dir; set migrations.dir, or run `shipgate lint migrations PATH`");
  }

  @Test
  void missingPathIsInputMissingAndAFileIsAUsageError() {
    shipgate("lint", "migrations", "no/such/dir").exits(66).oneLineError();
    shipgate("lint", "migrations", "examples/shop/shipgate.yaml")
        .exits(64)
        .oneLineError()
        .errContains("is a file");
  }

  @Test
  void warningsOnlyExitZeroUnlessTheConfigRaisesThem(@TempDir Path dir) throws IOException {
    MigrationTree.in(dir.resolve("db")).files("01_a.sql", "03_c.sql");
    shipgate("lint", "migrations", dir.resolve("db").toString())
        .exits(0)
        .outContains("OK (warnings only)");
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(cfg, "migrations: {dir: db}\nlint: {rules: {version-gap: error}}\n");
    shipgate("-c", cfg.toString(), "lint").exits(1).outContains("error   version-gap");
  }

  @Test
  void layoutFlagOverridesDetection(@TempDir Path dir) {
    MigrationTree.in(dir).files("1_a.up.sql", "1_a.down.sql");
    shipgate("lint", "migrations", dir.toString()).exits(0);
    shipgate("lint", "migrations", dir.toString(), "--layout", "numbered")
        .exits(1)
        .outContains("rollback-file");
  }

  @Test
  void ledgerRoundTripCatchesAnEditAndRequireSumCatchesAMissingLedger(@TempDir Path dir) {
    MigrationTree tree = MigrationTree.in(dir).files("01_a.sql", "02_b.sql");
    shipgate("lint", "migrations", dir.toString(), "--require-sum")
        .exits(1)
        .outContains("sum-missing");
    shipgate("lint", "migrations", dir.toString(), "--update-sum")
        .exits(0)
        .errContains("wrote", "shipgate.sum (2 migrations)");
    shipgate("lint", "migrations", dir.toString(), "--require-sum").exits(0);
    tree.file("01_a.sql", "SELECT 'changed';\n");
    shipgate("lint", "migrations", dir.toString())
        .exits(1)
        .outContains("checksum-mismatch", "edited after shipgate.sum recorded it");
  }

  @Test
  void severalPathsAreLintedTogether() {
    CliResult r =
        shipgate("lint", "migrations", "examples/flyway/fixed", "examples/prisma/fixed").exits(0);
    assertThat(r.out()).contains("flyway layout", "prisma layout", "in 11 files");
  }

  @Test
  void secretsInTheConfigNeverReachTheOutput(@TempDir Path dir) throws IOException {
    MigrationTree.in(dir.resolve("db")).files("01_a.sql", "01_b.sql");
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(
        cfg,
        "database: {url: \"${DATABASE_URL}\"}\nmigrations: {dir: db}\nexternals:\n  - {name: s, type: stripe, key: \"${STRIPE_SECRET_KEY}\"}\n");
    for (String format : new String[] {"text", "json", "sarif", "github"}) {
      CliRun.withEmptyEnv()
          .env("DATABASE_URL", "postgres://u:canary-db-pw@h/db")
          .env("STRIPE_SECRET_KEY", "sk_canary_live_999")
          .run("-c", cfg.toString(), "lint", "--format", format)
          .exits(1)
          .neverShows("canary-db-pw")
          .neverShows("sk_canary_live_999");
    }
  }
}
