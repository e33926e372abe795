package dev.shipgate.workflow.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Stage 1b: the containers in {@code verify.containers} are running, asked through the {@code
 * docker} CLI ({@code docker ps}). When Docker is unavailable (no CLI, no daemon, no permission)
 * every container fails with what docker said, so the cause is on the screen.
 */
final class ContainerStage {
  private final String docker;
  private final Duration timeout;

  ContainerStage(String docker, Duration timeout) {
    this.docker = docker;
    this.timeout = timeout;
  }

  List<VerifyItem> check(List<String> wanted) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    Set<String> running;
    try {
      running = runningNames();
    } catch (DockerUnavailable e) {
      return wanted.stream()
          .map(c -> VerifyItem.fail("container " + c, "Docker is unavailable: " + e.getMessage()))
          .toList();
    }
    List<VerifyItem> out = new ArrayList<>();
    for (String c : wanted) {
      out.add(
          running.contains(c)
              ? VerifyItem.pass("container " + c, "running")
              : VerifyItem.fail(
                  "container " + c, "not running (docker ps does not list it; see docker ps -a)"));
    }
    return out;
  }

  private Set<String> runningNames() throws DockerUnavailable {
    Process p;
    try {
      p =
          new ProcessBuilder(docker, "ps", "--format", "{{.Names}}")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new DockerUnavailable("the docker CLI was not found on PATH (" + docker + ")");
    }
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new DockerUnavailable("docker ps did not answer within " + timeout.toSeconds() + "s");
      }
      if (p.exitValue() != 0) {
        String first =
            out.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit " + p.exitValue());
        throw new DockerUnavailable(first.strip());
      }
      return out.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new DockerUnavailable(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DockerUnavailable("interrupted");
    }
  }

  private static final class DockerUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    DockerUnavailable(String message) {
      super(message);
    }
  }
}
