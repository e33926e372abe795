package dev.shipgate.workflow.monitor;

import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import dev.shipgate.monitor.RoundResult;
import dev.shipgate.recovery.RecoveryOutcome;
import java.time.Instant;
import java.util.List;

/**
 * How {@code shipgate monitor} ended.
 *
 * @param ending ONCE (one round), STOPPED (SIGTERM), SAFE_SHUTDOWN (database down for good)
 * @param last the last round (null when none ran)
 * @param recoveries every recovery call that ran an action, or escalated, in order
 * @param shutdown what safe shutdown did, or null
 */
public record MonitorReport(
    Ending ending,
    Instant startedAt,
    long durationMs,
    int rounds,
    RoundResult last,
    int incidentsOpened,
    int incidentsResolved,
    List<RecoveryOutcome> recoveries,
    Shutdown shutdown)
    implements Outcome {

  public enum Ending {
    ONCE,
    STOPPED,
    SAFE_SHUTDOWN
  }

  /** One service stopped by safe shutdown. */
  public record Stopped(String service, int exitCode, boolean timedOut) {}

  /** What safe shutdown did: why, the services it stopped, the CRITICAL incident. */
  public record Shutdown(String reason, List<Stopped> stopped, Long incidentId) {}

  /** ONCE: the round's verdict (0/2/1 like {@code check}); STOPPED: PASS; SAFE_SHUTDOWN: FAIL. */
  @Override
  public Verdict verdict() {
    return switch (ending) {
      case ONCE -> last == null ? Verdict.PASS : last.verdict();
      case STOPPED -> Verdict.PASS;
      case SAFE_SHUTDOWN -> Verdict.FAIL;
    };
  }
}
