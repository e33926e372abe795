package dev.shipgate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs target/shipgate.jar as a child process (black-box tests), with a safety limit. */
public final class JarRun {
  private JarRun() {}

  public static CliResult run(Path workDir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return start(workDir, env, args).finish();
  }

  /** A run in progress: its output so far can be read while it runs. */
  public record Running(Process process, Path out, Path err, List<String> args) {
    /**
     * Waits until stderr contains {@code text} (bounded, so a broken run fails the test instead of
     * hanging it); an event to wait for, never a sleep.
     */
    public void awaitErr(String text) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!Files.readString(err, StandardCharsets.UTF_8).contains(text)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "shipgate "
                  + String.join(" ", args)
                  + " never printed '"
                  + text
                  + "' on stderr"
                  + (process.isAlive() ? " (still running)" : " (exit " + process.exitValue() + ")")
                  + "\nstderr:\n"
                  + Files.readString(err, StandardCharsets.UTF_8)
                  + "\nstdout:\n"
                  + Files.readString(out, StandardCharsets.UTF_8)
                  + threadDump());
        }
        Thread.sleep(20);
      }
    }

    /** The child's threads, to see where a run that never got there is stuck. */
    private String threadDump() {
      if (!process.isAlive()) {
        return "";
      }
      try {
        Process jcmd =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()),
                    "Thread.print")
                .redirectErrorStream(true)
                .start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(30, TimeUnit.SECONDS);
        return "\nthreads:\n" + dump;
      } catch (IOException e) {
        return "\n(no thread dump: " + e.getMessage() + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "";
      }
    }

    public CliResult finish() throws IOException, InterruptedException {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("shipgate " + String.join(" ", args) + " did not exit");
      }
      return new CliResult(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }
  }

  public static Running start(Path workDir, Map<String, String> env, String... args)
      throws IOException {
    List<String> cmd = ChildJvm.command(args);
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.environment().putAll(env);
    return new Running(pb.start(), out, err, List.of(args));
  }
}
