package dev.shipgate.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Process groups on POSIX systems: who is in a group (zombies excluded: an orphan nobody reaps is
 * gone for every purpose that matters here), signalling a whole group, and stopping it (SIGTERM,
 * grace, SIGKILL).
 */
public final class ProcessGroups {
  private static final Path PROC = Path.of("/proc");

  /** How a group was stopped. */
  public enum Signal {
    /** It was already gone. */
    NONE,
    /** It ended after SIGTERM, within the grace period. */
    TERM,
    /** It outlived the grace period and was killed. */
    KILL
  }

  /**
   * @param signal the last signal it needed
   * @param stopped no member is left
   */
  public record Stopped(Signal signal, boolean stopped) {}

  private ProcessGroups() {}

  /** The live (non-zombie) members of group {@code pgid}; empty when none is left. */
  public static List<Long> members(long pgid) {
    if (!Files.isDirectory(PROC)) {
      return ProcessHandle.of(pgid)
          .filter(ProcessHandle::isAlive)
          .map(h -> List.of(pgid))
          .orElse(List.of());
    }
    List<Long> found = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(PROC)) {
      dirs.forEach(
          d -> {
            String n = d.getFileName().toString();
            if (!n.chars().allMatch(Character::isDigit)) {
              return;
            }
            String stat;
            try {
              stat = Files.readString(d.resolve("stat"), StandardCharsets.UTF_8);
            } catch (IOException e) {
              return; // ended meanwhile
            }
            int close = stat.lastIndexOf(')');
            if (close < 0) {
              return;
            }
            String[] f = stat.substring(close + 2).split(" ");
            // after "pid (comm) ": state ppid pgrp ...
            if (f.length > 2
                && !"Z".equals(f[0])
                && !"X".equals(f[0])
                && f[2].equals(Long.toString(pgid))) {
              found.add(Long.parseLong(n));
            }
          });
    } catch (IOException e) {
      return List.of();
    }
    return found;
  }

  public static boolean alive(long pgid) {
    return !members(pgid).isEmpty();
  }

  /** Sends {@code signal} ({@code TERM}, {@code KILL}) to every process of the group. */
  public static void signal(long pgid, String signal) {
    try {
      Process p =
          new ProcessBuilder("/bin/sh", "-c", "kill -s " + signal + " -- -" + pgid + " 2>/dev/null")
              .redirectErrorStream(true)
              .start();
      p.getOutputStream().close();
      p.getInputStream().readAllBytes();
      p.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // fall back to the members one by one
      members(pgid)
          .forEach(
              pid ->
                  ProcessHandle.of(pid)
                      .ifPresent(
                          h -> {
                            if ("KILL".equals(signal)) {
                              h.destroyForcibly();
                            } else {
                              h.destroy();
                            }
                          }));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGTERM to the group, up to {@code grace} for it to end, then SIGKILL. */
  public static Stopped stop(long pgid, java.time.Duration grace) {
    if (!alive(pgid)) {
      return new Stopped(Signal.NONE, true);
    }
    signal(pgid, "TERM");
    if (awaitGone(pgid, grace.toNanos())) {
      return new Stopped(Signal.TERM, true);
    }
    signal(pgid, "KILL");
    return new Stopped(Signal.KILL, awaitGone(pgid, TimeUnit.SECONDS.toNanos(5)));
  }

  private static boolean awaitGone(long pgid, long nanos) {
    long deadline = System.nanoTime() + nanos;
    while (alive(pgid)) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !alive(pgid);
      }
    }
    return true;
  }
}
