package dev.shipgate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.core.ShipgateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorConfigTest {
  @TempDir Path dir;

  private ShipgateConfig load(String yaml) throws Exception {
    Path f = dir.resolve("shipgate.yaml");
    Files.writeString(f, "version: 1\n" + yaml);
    return new ConfigLoader(k -> null).loadFile(f);
  }

  @Test
  void defaultsAreThoseOfTheIssue() throws Exception {
    ShipgateConfig c = load("");
    assertThat(c.monitor().interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.monitor().failureThreshold()).isEqualTo(3);
    assertThat(c.monitor().successThreshold()).isEqualTo(2);
    assertThat(c.monitor().budget().minInterval()).isEqualTo(Duration.ofMinutes(10));
    assertThat(c.monitor().budget().maxAttempts()).isEqualTo(3);
    assertThat(c.monitor().budget().window()).isEqualTo(Duration.ofHours(1));
    assertThat(c.logs().keepDays()).isEqualTo(7);
    assertThat(c.logs().maxSize()).isEqualTo(ByteSize.mb(50));
    assertThat(c.logs().dir()).isEqualTo(dir.toAbsolutePath().normalize().resolve("logs"));
  }

  @Test
  void everyKeyIsRead() throws Exception {
    ShipgateConfig c =
        load(
            "monitor:\n  interval: 5s\n  failureThreshold: 4\n  successThreshold: 1\n"
                + "  startupGrace: 1m\n  shutdownOnPersistentFailure: true\n"
                + "  budget: {minInterval: 1m, maxAttempts: 5, window: 2h}\n"
                + "  targets:\n    api:\n      interval: 1s\n      optional: true\n"
                + "      dependsOn: [database]\n      recover: {command: ./restart.sh, timeout: 30s}\n"
                + "      stop: ./stop.sh\n"
                + "logs: {dir: var/log, keepDays: 3, maxSize: 10MB, totalCap: 100MB}\n");
    assertThat(c.monitor().startupGrace()).isEqualTo(Duration.ofMinutes(1));
    assertThat(c.monitor().target("api").recover().command()).isEqualTo("./restart.sh");
    assertThat(c.monitor().target("api").dependsOn()).containsExactly("database");
    assertThat(c.logs().maxSize().bytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(c.logs().dir().endsWith(Path.of("var/log"))).isTrue();
  }

  @Test
  void mistakesNameTheKeyAndExit78() {
    assertThatThrownBy(() -> load("monitor:\n  interval: 0s\n"))
        .isInstanceOf(ShipgateException.class)
        .hasMessageContaining("monitor.interval");
    assertThatThrownBy(() -> load("monitor:\n  intervall: 5s\n")).hasMessageContaining("intervall");
    assertThatThrownBy(() -> load("logs:\n  maxSize: 50 parsecs\n"))
        .hasMessageContaining("maxSize");
    assertThatThrownBy(() -> load("monitor:\n  budget: {maxAttempts: 0}\n"))
        .hasMessageContaining("monitor.budget.maxAttempts");
    assertThatThrownBy(() -> load("logs: {maxSize: 10MB, totalCap: 1MB}\n"))
        .hasMessageContaining("logs.totalCap");
  }
}
