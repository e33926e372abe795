package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Json;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputBoundaryTest {
  private static final String CANARY = "canary-secret-3f9a";

  @Test
  void aSecretWrittenInPiecesIsStillMasked() {
    StringWriter raw = new StringWriter();
    Output output =
        new Output(
            new PrintWriter(raw),
            new PrintWriter(new StringWriter()),
            Redactor.of(ShipgateConfig.defaults(), Map.of("API_TOKEN", CANARY)));
    PrintWriter out = output.out();
    out.print("token canary-");
    out.flush();
    out.print("secret-3f9a and more");
    out.flush();
    out.println();
    output.finish();
    assertThat(raw.toString()).isEqualTo("token **** and more" + System.lineSeparator());
  }

  @Test
  void anUnfinishedLastLineIsWrittenRedactedAtTheEnd() {
    StringWriter raw = new StringWriter();
    Output output =
        new Output(
            new PrintWriter(raw),
            new PrintWriter(new StringWriter()),
            Redactor.of(ShipgateConfig.defaults(), Map.of("API_TOKEN", CANARY)));
    output.out().print("no newline " + CANARY);
    output.finish();
    assertThat(raw.toString()).isEqualTo("no newline ****");
  }

  @Test
  void aSecretInsideJsonIsMaskedEvenWhenJsonEscapesIt() {
    String quoted = "pw\"with\\quotes";
    Redactor r = Redactor.of(ShipgateConfig.defaults(), Map.of("DB_PASSWORD", quoted));
    String json = Json.object().put("detail", "login with " + quoted).toString();
    assertThat(r.redact(json)).doesNotContain("with\\\\quotes").contains("****");
  }

  @Test
  void aConnectionUrlIsShownWithOnlyItsPasswordMasked() {
    Redactor r = Redactor.urlsOnly().withUrl("postgres://app:" + CANARY + "@db.internal:5432/shop");
    assertThat(r.redact("connecting to postgres://app:" + CANARY + "@db.internal:5432/shop"))
        .isEqualTo("connecting to postgres://app:****@db.internal:5432/shop");
    assertThat(r.redact("server said: password " + CANARY + " rejected"))
        .isEqualTo("server said: password **** rejected");
  }

  @Test
  void aConfigErrorUnderFormatJsonIsOneJsonDocumentOnStdoutAndOneLineOnStderr(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("shipgate.yaml");
    Files.writeString(config, "version: 1\ndatabase:\n  urll: sqlite:x.db\n");
    CliResult r = CliRun.shipgate("-c", config.toString(), "status", "--format", "json").exits(78);
    r.oneLineError();
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.get("ok").asBoolean()).isFalse();
    assertThat(doc.at("/error/code").asText()).isEqualTo("CONFIG_INVALID");
    assertThat(doc.at("/error/exitCode").asInt()).isEqualTo(78);
    assertThat(doc.at("/error/message").asText()).contains("urll");
  }

  @Test
  void aUsageErrorUnderFormatJsonIsAJsonDocumentToo() throws Exception {
    CliResult r = CliRun.shipgate("check", "--format", "json", "--no-such-flag").exits(64);
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.at("/error/code").asText()).isEqualTo("USAGE");
    assertThat(doc.at("/error/message").asText()).contains("--no-such-flag");
  }

  @Test
  void sarifIsRefusedOutsideTheLints() {
    CliRun.shipgate("status", "--format", "sarif")
        .exits(64)
        .errContains("--format sarif is only for the lint commands");
  }

  @Test
  void withoutFormatJsonAnErrorPrintsNothingOnStdout(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("shipgate.yaml");
    Files.writeString(config, "version: 1\ndatabase:\n  urll: sqlite:x.db\n");
    CliResult r = CliRun.shipgate("-c", config.toString(), "status").exits(78);
    assertThat(r.out()).isEmpty();
  }
}
