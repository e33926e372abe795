package dev.shipgate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.core.ErrorClass;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();

  private ShipgateConfig load(String yaml) throws IOException {
    Path file = dir.resolve("shipgate.yaml");
    Files.writeString(file, yaml);
    return new ConfigLoader(env::get).loadFile(file);
  }

  private ShipgateException failure(String yaml) {
    try {
      load(yaml);
    } catch (ShipgateException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected the config to be rejected");
  }

  @Test
  void productBriefExampleLoadsIntoRecords() throws IOException {
    env.put("DATABASE_URL", "postgres://app:pw@db:5432/app");
    env.put("STRIPE_SECRET_KEY", "sk_test_123");
    String yaml = Files.readString(Path.of("src/test/resources/config/product-example.yaml"));
    ShipgateConfig c = load(yaml);

    assertThat(c.project()).isEqualTo("my-app");
    assertThat(c.environment()).isEqualTo("development");
    assertThat(c.env().required()).containsExactly("DATABASE_URL", "STRIPE_SECRET_KEY");
    assertThat(c.database().url().reveal()).isEqualTo("postgres://app:pw@db:5432/app");
    assertThat(c.database().connect().attempts()).isEqualTo(5);
    assertThat(c.database().connect().maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(c.database().expect().columns())
        .extracting(ColumnExpectation::key)
        .containsExactly("proposals.visitor_session_id", "conversions.proposal_id");
    assertThat(c.database().expect().minRows()).containsEntry("projects", 1L);
    assertThat(c.migrations().dir()).isEqualTo(dir.resolve("db/migrations"));
    assertThat(c.migrations().skip()).containsExactly("00_supabase_reset.sql");
    assertThat(c.migrations().apply()).isEqualTo(ApplyMode.BUILTIN);
    ServiceConfig backend = c.services().get(0);
    assertThat(backend.cwd()).isEqualTo(dir.resolve("backend"));
    assertThat(backend.ready()).hasSize(2);
    assertThat(backend.ready().get(0).expect().json()).containsEntry("$.status", "alive");
    assertThat(backend.recover().trigger()).endsWith("/health/recover");
    assertThat(c.tunnel().publicUrl()).isEqualTo("https://app.example.org/");
    assertThat(c.externals())
        .extracting(ExternalConfig::type)
        .containsExactly(
            ExternalType.STRIPE, ExternalType.OPENAI, ExternalType.CLOUDFLARE, ExternalType.HTTP);
    assertThat(c.externals().get(0).key().reveal()).isEqualTo("sk_test_123");
    assertThat(c.externals().get(2).optional()).isTrue();
    assertThat(c.checks().get(0).timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.verify().endpoints().get(0).allow()).containsExactly(200, 401);
    assertThat(c.report().keepDays()).isEqualTo(30);
    assertThat(c.store().reveal()).isEqualTo("sqlite:.shipgate/shipgate.db");
    assertThat(c.notifications().github().issue()).isEqualTo(52);
    assertThat(c.observability().requireErrorTracking()).isTrue();
    assertThat(c.server().port()).isEqualTo(8080);
    assertThat(c.lint().rules().get("version-gap").severity()).isEqualTo(RuleLevel.ERROR);
    assertThat(c.lint().rules().get("rollback-file").allow()).containsExactly("16_*_rollback.sql");
    assertThat(c.lint().rules().get("lexical-order-mismatch").severity()).isEqualTo(RuleLevel.OFF);
  }

  @Test
  void emptyFileGivesDefaults() throws IOException {
    ShipgateConfig c = load("");
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.database().connect().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.migrations().layout()).isEqualTo(MigrationLayout.AUTO);
    assertThat(c.source().file()).contains(dir.resolve("shipgate.yaml"));
  }

  @Test
  void environmentVariablesExpandEverywhereIncludingTimeouts() throws IOException {
    env.put("APP_ENV", "production");
    env.put("CONNECT_TIMEOUT", "750ms");
    env.put("ATTEMPTS", "9");
    ShipgateConfig c =
        load(
            """
            version: 1
            environment: ${APP_ENV:-development}
            database:
              connect: {timeout: "${CONNECT_TIMEOUT}", attempts: "${ATTEMPTS}", maxBackoff: "${MAX_BACKOFF:-2m}"}
            """);
    assertThat(c.isProduction()).isTrue();
    assertThat(c.database().connect().timeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(c.database().connect().attempts()).isEqualTo(9);
    assertThat(c.database().connect().maxBackoff()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void unknownKeyNamesFileLineKeyAndSuggestsTheRightOne() {
    ShipgateException e = failure("version: 1\ndatabase:\n  connect:\n    attemps: 3\n");
    assertThat(e.code().errorClass()).isEqualTo(ErrorClass.CONFIG);
    assertThat(e.getMessage())
        .contains("shipgate.yaml:4:")
        .contains("unknown key 'database.connect.attemps'")
        .contains("did you mean 'attempts'?");
  }

  @Test
  void unknownTopLevelKeyIsRejected() {
    assertThat(failure("version: 1\nprojekt: x\n").getMessage())
        .contains(":2:")
        .contains("unknown key 'projekt'")
        .contains("did you mean 'project'?");
  }

  @Test
  void javaSideFieldsAreNotConfigKeys() {
    assertThat(failure("version: 1\nsource: x\n").getMessage())
        .contains(":2: unknown key 'source'");
  }

  @Test
  void wrongTypeSaysWhatFitsAndShowsTheValueAsWritten() {
    ShipgateException e = failure("version: 1\nserver:\n  port: eighty\n");
    assertThat(e.code().errorClass()).isEqualTo(ErrorClass.CONFIG);
    assertThat(e.getMessage())
        .contains(":3:")
        .contains("'server.port' must be a whole number, got 'eighty'");
  }

  @Test
  void wrongTypeShowsTheReferenceNotTheSecretValue() {
    env.put("PORT_CANARY", "canary-s3cr3t-value");
    ShipgateException e = failure("version: 1\nserver:\n  port: ${PORT_CANARY}\n");
    assertThat(e.getMessage()).contains("${PORT_CANARY}").doesNotContain("canary-s3cr3t-value");
  }

  @Test
  void durationWithoutUnitIsRejectedWithAnExample() {
    assertThat(failure("version: 1\ndatabase:\n  connect: {timeout: 5}\n").getMessage())
        .contains(":3:")
        .contains("'database.connect.timeout'")
        .contains("has no unit; write e.g. 5s");
  }

  @Test
  void malformedYamlIsAConfigErrorWithLine() {
    ShipgateException e = failure("version: 1\nchecks:\n  - name: a\n    get: [x\n");
    assertThat(e.code().errorClass()).isEqualTo(ErrorClass.CONFIG);
    assertThat(e.getMessage()).contains("shipgate.yaml:").contains("malformed YAML");
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThat(failure("version: 1\nproject: a\nproject: b\n").getMessage())
        .contains(":3:")
        .contains("duplicate key 'project'");
  }

  @Test
  void invalidEnumListsTheChoices() {
    assertThat(failure("version: 1\nmigrations: {layout: flyw}\n").getMessage())
        .contains(
            "'migrations.layout' must be one of: auto, numbered, updown, flyway, prisma, alembic");
  }

  @Test
  void unsupportedVersionIsRejected() {
    assertThat(failure("version: 2\n").getMessage()).contains(":1:").contains("set version: 1");
  }

  @Test
  void commandApplyNeedsACommand() {
    assertThat(failure("version: 1\nmigrations:\n  apply: command\n").getMessage())
        .contains(":3:")
        .contains("needs 'migrations.command'");
  }

  @Test
  void duplicateCheckNamesAreRejected() {
    assertThat(
            failure(
                    "version: 1\nchecks:\n  - {name: api, get: http://a}\n  - {name: api, get: http://b}\n")
                .getMessage())
        .contains(":4:")
        .contains("'api' is used twice");
  }

  @Test
  void expectedColumnsAcceptAListOrAMapWithTypes() throws IOException {
    ShipgateConfig list =
        load("database:\n  expect:\n    columns: [public.projects.chatEnabled, a.b]\n");
    assertThat(list.database().expect().columns())
        .containsExactly(
            new ColumnExpectation("public.projects", "chatEnabled", null),
            new ColumnExpectation("a", "b", null));
    ShipgateConfig map =
        load(
            "database:\n  expect:\n    columns:\n      conversions.proposal_id: INTEGER\n      a.b:\n");
    assertThat(map.database().expect().columns())
        .containsExactly(
            new ColumnExpectation("conversions", "proposal_id", "INTEGER"),
            new ColumnExpectation("a", "b", null));
  }

  @Test
  void expectedColumnWithoutTableIsRejected() {
    assertThat(failure("database:\n  expect:\n    columns: [proposal_id]\n").getMessage())
        .contains("must be written table.column");
  }

  @Test
  void expectedIndexesAcceptNamesOrDefinitions() throws IOException {
    ShipgateConfig c =
        load(
            "database:\n  expect:\n    indexes:\n      ix_a: conversions(proposal_id)\n      ix_b: t( x , y )\n      ix_c:\n");
    assertThat(c.database().expect().indexes())
        .containsExactly(
            new IndexExpectation("ix_a", "conversions", java.util.List.of("proposal_id")),
            new IndexExpectation("ix_b", "t", java.util.List.of("x", "y")),
            new IndexExpectation("ix_c", null, java.util.List.of()));
    assertThat(load("database:\n  expect:\n    indexes: [ix_a]\n").database().expect().indexes())
        .containsExactly(new IndexExpectation("ix_a", null, java.util.List.of()));
    assertThat(failure("database:\n  expect:\n    indexes: {ix: nonsense}\n").getMessage())
        .contains("must be written table(col, ...)");
  }

  @Test
  void lintRuleTakesBareSeverityIncludingYamlOff() throws IOException {
    ShipgateConfig c = load("lint:\n  rules:\n    version-gap: off\n    invalid-name: warning\n");
    assertThat(c.lint().rules().get("version-gap").severity()).isEqualTo(RuleLevel.OFF);
    assertThat(c.lint().rules().get("invalid-name").severity()).isEqualTo(RuleLevel.WARNING);
    assertThat(failure("lint:\n  rules:\n    version-gap: loud\n").getMessage())
        .contains("not one of: error, warning, off");
  }

  @Test
  void secretsAreMaskedInToString() throws IOException {
    env.put("TOKEN", "tok-canary-123");
    ShipgateConfig c = load("server: {adminToken: \"${TOKEN}\"}\n");
    assertThat(c.server().adminToken().reveal()).isEqualTo("tok-canary-123");
    assertThat(c.toString()).doesNotContain("tok-canary-123");
  }

  @Test
  void missingExplicitConfigIsInputMissing() {
    assertThatThrownBy(() -> new ConfigLoader(env::get).load(dir.resolve("nope.yaml")))
        .isInstanceOf(ShipgateException.class)
        .extracting(e -> ((ShipgateException) e).code().errorClass())
        .isEqualTo(ErrorClass.INPUT_MISSING);
  }

  @Test
  void whereNamesTheLineOfNestedListItems() throws IOException {
    ShipgateConfig c =
        load(
            "version: 1\nchecks:\n  - name: a\n    get: http://a\n  - name: b\n    get: http://b\n");
    assertThat(c.source().where("checks", 1, "get")).endsWith("shipgate.yaml:6");
    assertThat(c.source().where("checks", 1)).endsWith("shipgate.yaml:5");
  }
}
