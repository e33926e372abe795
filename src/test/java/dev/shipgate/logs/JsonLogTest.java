package dev.shipgate.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipgate.config.ByteSize;
import dev.shipgate.config.LogsConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLogTest {
  private static final String CANARY = "sk_live_CANARY_logs_9731";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private LogsConfig config(String maxSize, String totalCap) {
    return new LogsConfig(
        dir, 7, ByteSize.parse(maxSize), ByteSize.parse(totalCap), Secret.empty());
  }

  @Test
  void everyLineIsAJsonObjectWithTheFieldsAndNoSecret() throws Exception {
    try (JsonLog log =
        JsonLog.open(config("50MB", "500MB"), "monitor", Redactor.urlsOnly().withSecret(CANARY))) {
      log.write(
          LogLevel.WARN,
          "target.state",
          "api: UP -> DEGRADED (token " + CANARY + ")",
          Map.of(
              "target",
              "api",
              "state",
              "DEGRADED",
              "reason",
              "HTTP_5XX",
              "traceId",
              "abc",
              "detail",
              "Authorization: Bearer " + CANARY));
    }
    List<String> lines = Files.readAllLines(dir.resolve("monitor.jsonl"));
    assertThat(lines).hasSize(1);
    JsonNode n = JSON.readTree(lines.get(0));
    assertThat(n.get("time").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(n.get("level").asText()).isEqualTo("WARN");
    assertThat(n.get("event").asText()).isEqualTo("target.state");
    assertThat(n.get("target").asText()).isEqualTo("api");
    assertThat(n.get("state").asText()).isEqualTo("DEGRADED");
    assertThat(n.get("reason").asText()).isEqualTo("HTTP_5XX");
    assertThat(n.get("traceId").asText()).isEqualTo("abc");
    assertThat(n.has("@version")).isFalse();
    assertThat(lines.get(0)).doesNotContain(CANARY).contains("****");
  }

  @Test
  void rotationBySizeKeepsEveryFileAndTheTotalWithinTheirCaps() throws Exception {
    long max = 10 * 1024;
    long cap = 40 * 1024;
    try (JsonLog log = JsonLog.open(config("10KB", "40KB"), "monitor", Redactor.urlsOnly())) {
      for (int i = 0; i < 3000; i++) {
        log.write(
            LogLevel.INFO, "round.done", "round " + i, Map.of("round", i, "pad", "x".repeat(80)));
      }
    }
    // the removal of the oldest files beyond the cap runs in the background after a rollover
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (rotatedTotal() > cap && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(rotatedTotal()).isLessThanOrEqualTo(cap);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        assertThat(Files.size(f)).as(f.toString()).isLessThanOrEqualTo(max + 512);
        for (String line : Files.readAllLines(f)) {
          assertThat(JSON.readTree(line).get("event").asText()).isEqualTo("round.done");
        }
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(
              files.filter(
                  f ->
                      f.getFileName()
                          .toString()
                          .matches("monitor\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+\\.jsonl")))
          .isNotEmpty();
    }
  }

  @Test
  void filesOlderThanKeepDaysAreDeletedAtStart() throws Exception {
    String old = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
    String recent = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
    Path oldFile = Files.writeString(dir.resolve("monitor." + old + ".0.jsonl"), "{}\n");
    Path recentFile = Files.writeString(dir.resolve("monitor." + recent + ".0.jsonl"), "{}\n");
    try (JsonLog log = JsonLog.open(config("50MB", "500MB"), "monitor", Redactor.urlsOnly())) {
      log.write(LogLevel.INFO, "started", null, Map.of());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (Files.exists(oldFile) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    }
    assertThat(oldFile).doesNotExist();
    assertThat(recentFile).exists();
  }

  private long rotatedTotal() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> !f.getFileName().toString().equals("monitor.jsonl"))
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0; // deleted meanwhile
                }
              })
          .sum();
    }
  }
}
