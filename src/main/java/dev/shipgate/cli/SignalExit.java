package dev.shipgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Interruption;
import java.time.Duration;
import java.util.List;

/**
 * SIGINT and SIGTERM for the real process: the run in flight is cancelled ({@link Interruption}:
 * the statement on the server, the migrator's process group), the command's own failure output is
 * dropped, and the run ends with one line saying what was interrupted and what was done about it,
 * exit 130 (SIGINT) or 143 (SIGTERM). The main thread ends the run itself once what it waited on is
 * cancelled; if it has not within {@link #GRACE}, or a second signal comes, the process ends here.
 */
final class SignalExit {
  static final Duration GRACE = Duration.ofSeconds(15);

  private SignalExit() {}

  static void install(Output output, Thread main) {
    for (Interruption.Signal s : List.of(Interruption.Signal.INT, Interruption.Signal.TERM)) {
      try {
        sun.misc.Signal.handle(
            new sun.misc.Signal(s.name().substring(3)), sig -> onSignal(s, output, main));
      } catch (IllegalArgumentException e) {
        // the JVM does not let us have it (-Xrs): its default action stays
      }
    }
  }

  private static void onSignal(Interruption.Signal s, Output output, Thread main) {
    if (Interruption.received().isPresent()) {
      output.interrupted(
          line(Interruption.received().get()), document(Interruption.received().get()));
      Runtime.getRuntime().halt(ExitCode.ofSignal(Interruption.received().get()));
    }
    output.mute();
    if (!Interruption.interrupt(s)) {
      main.interrupt(); // nothing to cancel: it sleeps or waits (a lock, a retry, a probe)
    }
    Thread.ofPlatform()
        .daemon()
        .name("shipgate-interrupt-grace")
        .start(
            () -> {
              try {
                Thread.sleep(GRACE);
              } catch (InterruptedException e) {
                return;
              }
              output.interrupted(line(s), document(s));
              Runtime.getRuntime().halt(ExitCode.ofSignal(s));
            });
  }

  /**
   * Under {@code --format json}: {@code {"ok": false, "error": {"code": "INTERRUPTED", "message",
   * "exitCode", "signal", "while": [...], "done": [...]}}}.
   */
  static ObjectNode document(Interruption.Signal s) {
    String line = line(s);
    ObjectNode doc =
        Cli.errorDocument(
            dev.shipgate.core.ErrorCode.INTERRUPTED, line.substring("shipgate: ".length()));
    ObjectNode error = (ObjectNode) doc.get("error");
    error.put("exitCode", ExitCode.ofSignal(s));
    error.put("signal", s.name());
    Interruption.running().forEach(error.putArray("while")::add);
    Interruption.done().forEach(error.putArray("done")::add);
    return doc;
  }

  /**
   * "shipgate: interrupted by SIGTERM while applying db/002_x.sql: cancelled ..., released ...".
   */
  static String line(Interruption.Signal s) {
    List<String> running = Interruption.running();
    List<String> done = Interruption.done();
    return "shipgate: interrupted by "
        + s.name()
        + (running.isEmpty() ? "" : " while " + String.join(", ", running))
        + (done.isEmpty() ? "" : ": " + String.join(", ", done))
        + " (exit "
        + ExitCode.ofSignal(s)
        + ")";
  }
}
