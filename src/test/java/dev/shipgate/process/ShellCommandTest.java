package dev.shipgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {
  @TempDir Path dir;

  @Test
  void aTimeoutStopsTheCommandWithGrandchildrenWhoseParentAlreadyExited() throws Exception {
    // the subshell starts a sleep and exits: the sleep is an orphan, outside the descendants of
    // the shell, but still in its process group
    String command = "( sleep 600 & echo $! > orphan ) ; echo $$ > shell; sleep 600";
    List<String> lines = new ArrayList<>();
    ShellCommand.Result r =
        ShellCommand.run(command, dir, Map.of(), Duration.ofSeconds(2), lines::add);
    assertThat(r.timedOut()).isTrue();
    for (String file : List.of("orphan", "shell")) {
      String pid = Files.readString(dir.resolve(file)).strip();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (running(pid)) {
        assertThat(System.nanoTime() < deadline).as(file + " " + pid + " still running").isTrue();
        Thread.sleep(50);
      }
    }
  }

  @Test
  void outputIsStreamedAndTheExitCodeKept() throws Exception {
    List<String> lines = new ArrayList<>();
    ShellCommand.Result r =
        ShellCommand.run(
            "echo one; echo two >&2; exit 3", dir, Map.of(), Duration.ofSeconds(60), lines::add);
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.timedOut()).isFalse();
    assertThat(lines).containsExactlyInAnyOrder("one", "two");
  }

  private static boolean running(String pid) {
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
