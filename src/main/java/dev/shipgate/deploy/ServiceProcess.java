package dev.shipgate.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A service shipgate started: a shell running its command as the leader of a new process group
 * ({@code setsid}), so that stopping it stops everything it spawned. stdout and stderr are appended
 * to its log file directly (not through a pipe), so the service keeps running, and keeps logging,
 * after shipgate exits. The environment is exactly the one given (shipgate's, merged with the
 * service's), nothing inherited besides it.
 */
public final class ServiceProcess {
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final String name;
  private final Process process;
  private final long pgid;
  private final Path log;
  private final Instant startedAt;

  private ServiceProcess(String name, Process process, long pgid, Path log, Instant startedAt) {
    this.name = name;
    this.process = process;
    this.pgid = pgid;
    this.log = log;
    this.startedAt = startedAt;
  }

  /**
   * Starts {@code command} through {@code /bin/sh -c} in {@code cwd}.
   *
   * @throws IOException when the shell cannot be started or the log cannot be opened
   */
  public static ServiceProcess start(
      String name, String command, Path cwd, Map<String, String> env, Path log) throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder pb =
        Files.isExecutable(SETSID)
            ? new ProcessBuilder(SETSID.toString(), "/bin/sh", "-c", command)
            : new ProcessBuilder("/bin/sh", "-c", command);
    pb.directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    Instant started = p.info().startInstant().orElse(Instant.now());
    // setsid execs in place (the child of a JVM is never a group leader), so pid == pgid
    return new ServiceProcess(name, p, p.pid(), log, started);
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public long pgid() {
    return pgid;
  }

  public Path log() {
    return log;
  }

  /** When the operating system started it (used to tell it from a later process with its pid). */
  public Instant startedAt() {
    return startedAt;
  }

  /** Completes when the leader exits (at once, from the JVM's reaper; no polling). */
  public CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The leader's exit code, when it exited. */
  public Optional<Integer> exitCode() {
    return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
  }

  /** SIGTERM to the group, {@code grace}, SIGKILL. */
  public ProcessGroups.Stopped stop(Duration grace) {
    ProcessGroups.Stopped s = ProcessGroups.stop(pgid, grace);
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    return s;
  }
}
