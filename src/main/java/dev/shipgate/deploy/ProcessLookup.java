package dev.shipgate.deploy;

import java.nio.file.Path;
import java.util.List;

/** Running processes by name (the tunnel's {@code tunnel.process}), this JVM excluded. */
public final class ProcessLookup {
  private ProcessLookup() {}

  /** Pids whose executable is named {@code name}, or whose command line starts with it. */
  public static List<Long> running(String name) {
    long self = ProcessHandle.current().pid();
    return ProcessHandle.allProcesses()
        .filter(h -> h.pid() != self && h.isAlive())
        .filter(h -> matches(h.info(), name))
        .map(ProcessHandle::pid)
        .toList();
  }

  private static boolean matches(ProcessHandle.Info info, String name) {
    String exe = info.command().map(c -> Path.of(c).getFileName().toString()).orElse("");
    if (exe.equals(name)) {
      return true;
    }
    return info.commandLine()
        .map(
            l ->
                l.equals(name)
                    || l.startsWith(name + " ")
                    || l.contains("/" + name + " ")
                    || l.contains(" " + name + " ")
                    || l.endsWith(" " + name)
                    || l.endsWith("/" + name))
        .orElse(false);
  }
}
