package dev.shipgate.workflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.deploy.ProcessGroups;
import dev.shipgate.deploy.StateFile;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/deploy from a fresh copy: green, idempotent on rerun; the broken variant rolls back. */
class DeployExampleIT {
  @TempDir Path tmp;

  @AfterEach
  void stopEverythingTheExampleLeftRunning() {
    for (Path dir : new Path[] {tmp.resolve("deploy"), tmp.resolve("deploy/broken")}) {
      for (StateFile.Owned o : new StateFile(dir.resolve(".shipgate")).read().processes()) {
        ProcessGroups.stop(o.pgid(), Duration.ofSeconds(5));
      }
    }
  }

  private CliRun cli() {
    return CliRun.withEmptyEnv()
        .env("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"))
        .env("API_PORT", Integer.toString(LocalHttpServer.refusedPort()))
        .env("WEB_PORT", Integer.toString(LocalHttpServer.refusedPort()))
        .env("PUBLIC_PORT", Integer.toString(LocalHttpServer.refusedPort()));
  }

  @Test
  void theDeployExampleRunsGreenFromAFreshCopyAndAgainOverItself() throws IOException {
    Path ex = tmp.resolve("deploy");
    copy(Path.of("examples/deploy"), ex);
    CliRun cli = cli();
    String cfg = ex.resolve("shipgate.yaml").toString();
    cli.run("-c", cfg, "deploy")
        .exits(0)
        .outContains(
            "applied 002_seed_items.sql",
            "started api",
            "started web",
            "started the tunnel",
            "tunnel PUBLIC: ok",
            "SUCCESS");
    cli.run("-c", cfg, "deploy")
        .exits(0)
        .outContains("stopped the previous deploy's api", "tunnel PROCESS: ok running", "SUCCESS");
    cli.run("-c", cfg, "deploy", "lock", "status").exits(0).outContains("deploy lock: free");
  }

  @Test
  void theBrokenVariantRollsBackAndSaysWhy() throws IOException {
    Path ex = tmp.resolve("deploy");
    copy(Path.of("examples/deploy"), ex);
    CliResult r = cli().run("-c", ex.resolve("broken/shipgate.yaml").toString(), "deploy");
    r.exits(1)
        .outContains("recovery triggered once for api", "[FAILURE_ROLLBACK]", "stopped api")
        .errContains("deploy failed at BACKEND_READY_GATE", "rolled back: stopped api");
    try (Stream<Path> s = Files.list(ex.resolve("broken/logs"))) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("deploy-report-") && n.endsWith(".html"));
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = from.relativize(f).toString();
        if (rel.startsWith(".shipgate") || rel.contains("logs")) {
          continue;
        }
        Path t = to.resolve(rel);
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
  }
}
