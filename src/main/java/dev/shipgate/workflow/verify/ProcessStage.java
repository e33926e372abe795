package dev.shipgate.workflow.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stage 1a: the processes in {@code verify.processes} are running. A process matches when its
 * executable's file name equals the entry or its command line contains it. shipgate's own process
 * never counts.
 */
final class ProcessStage {
  private ProcessStage() {}

  static List<VerifyItem> check(List<String> wanted) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<ProcessHandle> all =
        ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).collect(Collectors.toList());
    List<VerifyItem> out = new ArrayList<>();
    for (String name : wanted) {
      Optional<ProcessHandle> match = all.stream().filter(p -> matches(p, name)).findFirst();
      out.add(
          match
              .map(p -> VerifyItem.pass("process " + name, "running (pid " + p.pid() + ")"))
              .orElseGet(
                  () ->
                      VerifyItem.fail(
                          "process " + name,
                          "not running: no process named "
                              + name
                              + " or with it in its command line")));
    }
    return out;
  }

  static boolean matches(ProcessHandle p, String name) {
    ProcessHandle.Info info = p.info();
    boolean byName =
        info.command()
            .map(c -> c.substring(c.lastIndexOf('/') + 1))
            .map(name::equals)
            .orElse(false);
    return byName || info.commandLine().map(c -> c.contains(name)).orElse(false);
  }
}
