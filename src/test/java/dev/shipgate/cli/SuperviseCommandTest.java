package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuperviseCommandTest {
  @TempDir Path dir;

  private String config() throws Exception {
    Path f = dir.resolve("shipgate.yaml");
    Files.writeString(
        f,
        "version: 1\nproject: shop\nservices:\n  - name: backend\n    start: node dist/index.js\n"
            + "    env: {PORT: \"3001\"}\n");
    return f.toString();
  }

  @Test
  void systemdUnitsRestartOnFailureWithinAStartLimit() throws Exception {
    CliResult r = CliRun.shipgate("-c", config(), "supervise", "systemd").exits(0);
    assertThat(r.out())
        .contains("/etc/systemd/system/shop-monitor.service")
        .contains("/etc/systemd/system/shop-serve.service")
        .contains("/etc/systemd/system/shop-backend.service")
        .contains("Restart=on-failure")
        .contains("StartLimitIntervalSec=600")
        .contains("StartLimitBurst=5")
        .contains("monitor'")
        .contains("ExecStart=/bin/sh -c 'node dist/index.js'")
        .contains("Environment=\"PORT=3001\"");
  }

  @Test
  void pm2EcosystemBoundsRestartsWithBackoff() throws Exception {
    CliResult r = CliRun.shipgate("-c", config(), "supervise", "pm2").exits(0);
    assertThat(r.out())
        .contains("module.exports")
        .contains("name: \"shop-monitor\"")
        .contains("name: \"shop-backend\"")
        .contains("max_restarts: 5")
        .contains("exp_backoff_restart_delay");
  }

  @Test
  void withoutAnArgumentItRecommendsOneAndAnUnknownOneIsAUsageError() throws Exception {
    CliRun.withEmptyEnv()
        .env("PATH", dir.toString())
        .run("-c", config(), "supervise")
        .exits(0)
        .outContains("no supervisor found");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path pm2 = Files.writeString(bin.resolve("pm2"), "#!/bin/sh\n");
    pm2.toFile().setExecutable(true);
    CliRun.withEmptyEnv()
        .env("PATH", bin.toString())
        .run("-c", config(), "supervise")
        .exits(0)
        .outContains("pm2");
    CliRun.shipgate("-c", config(), "supervise", "runit").exits(64);
  }
}
