package dev.shipgate.workflow.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessAndContainerStageTest {
  @Test
  void runningProcessIsFoundByCommandLineAndMissingOneIsNamed() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "37.123").start();
    try {
      List<VerifyItem> items = ProcessStage.check(List.of("sleep 37.123", "no-such-process-xyz"));
      assertThat(items.get(0).ok()).isTrue();
      assertThat(items.get(0).detail()).contains("pid " + sleeper.pid());
      assertThat(items.get(1).ok()).isFalse();
      assertThat(items.get(1).detail()).contains("not running");
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void processIsFoundByExecutableName() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "31").start();
    try {
      assertThat(ProcessStage.check(List.of("sleep")).get(0).ok()).isTrue();
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void missingDockerCliIsAClearFailure() {
    List<VerifyItem> items =
        new ContainerStage("/nonexistent/docker", Duration.ofSeconds(5)).check(List.of("db"));
    assertThat(items)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ok()).isFalse();
              assertThat(i.detail()).contains("Docker is unavailable").contains("not found");
            });
  }

  @Test
  void dockerWithoutADaemonReportsWhatDockerSaid(@TempDir Path dir) throws IOException {
    // A stand-in for a docker CLI whose daemon is down: same message and exit status as docker's.
    Path docker =
        script(
            dir,
            "echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' >&2; exit 1");
    List<VerifyItem> items =
        new ContainerStage(docker.toString(), Duration.ofSeconds(5)).check(List.of("db"));
    assertThat(items.get(0).detail()).contains("Cannot connect to the Docker daemon");
  }

  @Test
  void realDockerCliWithoutEngineIsReportedAsUnavailable() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.util.Arrays.stream(System.getenv("PATH").split(":"))
            .anyMatch(d -> Files.isExecutable(Path.of(d, "docker"))),
        "needs the docker CLI");
    List<VerifyItem> items =
        new ContainerStage("docker", Duration.ofSeconds(20)).check(List.of("db"));
    org.junit.jupiter.api.Assumptions.assumeFalse(
        items.get(0).ok() || items.get(0).detail().contains("not running ("),
        "a Docker engine is running here");
    assertThat(items.get(0).detail()).startsWith("Docker is unavailable: ");
  }

  @Test
  void listedContainersPassAndOthersFail(@TempDir Path dir) throws IOException {
    Path docker = script(dir, "printf 'npd-db\\nnpd-backend\\n'");
    List<VerifyItem> items =
        new ContainerStage(docker.toString(), Duration.ofSeconds(5))
            .check(List.of("npd-db", "npd-worker"));
    assertThat(items).extracting(VerifyItem::ok).containsExactly(true, false);
  }

  @Test
  void nothingConfiguredChecksNothing() {
    assertThat(ProcessStage.check(List.of())).isEmpty();
    assertThat(StageResult.of(1, "processes", List.of(), 0).status()).isEqualTo(StageStatus.SKIP);
  }

  private static Path script(Path dir, String body) throws IOException {
    Path p = dir.resolve("docker");
    Files.writeString(p, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }
}
