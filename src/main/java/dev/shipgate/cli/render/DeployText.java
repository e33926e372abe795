package dev.shipgate.cli.render;

import dev.shipgate.config.Durations;
import dev.shipgate.config.ServiceConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Event;
import dev.shipgate.core.Events;
import dev.shipgate.deploy.DeployLock;
import dev.shipgate.workflow.deploy.DeployEvents;
import dev.shipgate.workflow.deploy.DeployReport;
import dev.shipgate.workflow.deploy.PhaseResult;
import dev.shipgate.workflow.deploy.PhaseStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * {@code deploy} for people: live progress (the phase, elapsed time, why it is waiting), with
 * colour on a terminal and plain lines in CI; the verdict; the dry-run plan; and the {@code .txt}
 * report file. The database and migrate features' own lines are indented under their phase.
 */
public final class DeployText implements Events {
  private static final String INDENT = "    ";

  private final PrintWriter out;
  private final boolean color;
  private final EventText nested;

  public DeployText(PrintWriter out, PrintWriter err, boolean color) {
    this.out = out;
    this.color = color;
    this.nested = new EventText(out, err, INDENT);
  }

  @Override
  public void emit(Event event) {
    switch (event) {
      case DeployEvents.Started s ->
          line(
              bold("shipgate deploy")
                  + ": "
                  + (s.project() == null ? "" : s.project() + " ")
                  + "("
                  + s.environment()
                  + (s.dryRun() ? ", dry run" : "")
                  + "), run "
                  + s.runId()
                  + ", trace "
                  + s.traceId());
      case DeployEvents.PhaseStarted p ->
          line(dim(elapsed(p.atMs())) + " " + bold("[" + p.phase() + "]"));
      case DeployEvents.PhaseFinished f -> {
        PhaseResult r = f.result();
        if (r.status() == PhaseStatus.SKIP) {
          line(INDENT + dim("skipped: nothing to do"));
        } else if (r.status() == PhaseStatus.FAIL) {
          line(INDENT + red("FAILED") + " (" + r.durationMs() + " ms): " + r.error().message());
        } else {
          line(INDENT + green("ok") + " (" + r.durationMs() + " ms)");
        }
      }
      default -> {
        String d = describe(event);
        if (d != null) {
          line(INDENT + d);
        } else {
          nested.emit(event);
        }
      }
    }
  }

  /** One line for an event, or null when it is not a deploy event. */
  public static String describe(Event event) {
    return switch (event) {
      case DeployEvents.CheckPassed c -> "ok " + c.check() + ": " + c.subject();
      case DeployEvents.ArtifactGenerated a ->
          "generated "
              + a.path()
              + " (exit "
              + a.exitCode()
              + (a.created() ? ")" : ", but the file is still missing)");
      case DeployEvents.LockTaken l ->
          l.previous() == null
              ? "deploy lock taken (run " + l.runId() + ")"
              : "deploy lock taken over from run "
                  + l.previous().runId()
                  + " (pid "
                  + l.previous().pid()
                  + " on "
                  + l.previous().host()
                  + "): "
                  + stale(l.why());
      case DeployEvents.LockWaiting w ->
          "waiting for the deploy lock held by "
              + holder(w.holder())
              + " (waited "
              + w.waitedMs() / 1000
              + "s of --lock-wait "
              + w.lockWaitMs() / 1000
              + "s)";
      case DeployEvents.DbStep d ->
          d.name() + ": " + (d.ok() ? "ok" : "FAILED") + " (" + d.durationMs() + " ms)";
      case DeployEvents.DbConnected c ->
          "connected to "
              + c.url()
              + " - "
              + c.product()
              + " "
              + c.version()
              + ", latency "
              + String.format(java.util.Locale.ROOT, "%.2f", c.latencyMs())
              + " ms (avg of 3)";
      case DeployEvents.PreviousStopped p ->
          "stopped the previous deploy's "
              + p.name()
              + " (pid "
              + p.pid()
              + ", "
              + p.signal()
              + (Boolean.TRUE.equals(p.portFree()) ? ", port free" : "")
              + ")";
      case DeployEvents.ServiceStarted s ->
          "started "
              + s.name()
              + " ("
              + s.role()
              + ", pid "
              + s.pid()
              + (s.port() == null ? "" : ", port " + s.port())
              + ", log "
              + s.log()
              + ")";
      case DeployEvents.ServiceReady r ->
          r.name() + " ready after " + Durations.format(Duration.ofMillis(r.elapsedMs()));
      case DeployEvents.StillWaiting w ->
          "still waiting for "
              + w.service()
              + " ("
              + w.elapsedMs() / 1000
              + "s of "
              + w.timeoutMs() / 1000
              + "s): "
              + w.pending().stream()
                  .map(
                      p ->
                          p.check()
                              + ": "
                              + (p.reason() == null ? "" : p.reason() + ": ")
                              + p.detail())
                  .collect(Collectors.joining("; "));
      case DeployEvents.ServiceExited e ->
          e.name()
              + " exited with code "
              + e.exitCode()
              + (e.lastLines().isEmpty()
                  ? ""
                  : "; last lines:\n"
                      + e.lastLines().stream()
                          .map(l -> INDENT + "  | " + l)
                          .collect(Collectors.joining("\n")));
      case DeployEvents.RecoverStats r ->
          "recovery stats of "
              + r.service()
              + ": "
              + (r.httpStatus() == null ? r.status() : "HTTP " + r.httpStatus())
              + (r.detail().isEmpty() ? "" : " " + r.detail());
      case DeployEvents.RecoverDelayed d ->
          "recovery trigger of "
              + d.service()
              + " rate limited: waiting "
              + d.retryAfterMs() / 1000
              + "s (Retry-After)";
      case DeployEvents.RecoverTriggered t ->
          "recovery triggered once for "
              + t.service()
              + ": "
              + (t.httpStatus() == null ? "no answer" : "HTTP " + t.httpStatus());
      case DeployEvents.TunnelLayer t ->
          "tunnel " + t.layer() + ": " + (t.ok() ? "ok" : "FAILED") + " " + t.detail();
      case DeployEvents.TunnelStarted t ->
          "started the tunnel (pid " + t.pid() + ", log " + t.log() + ")";
      case DeployEvents.TunnelRestarting t ->
          "the tunnel runs but "
              + t.failedLayer()
              + " fails: restarting it once"
              + (t.stoppedOld() ? " (stopped the old one)" : "");
      case DeployEvents.ExternalChecked e ->
          e.name()
              + ": "
              + e.status()
              + (e.optional() ? " (optional)" : "")
              + " "
              + e.latencyMs()
              + " ms"
              + (e.reason() == null ? "" : " " + e.reason());
      case DeployEvents.ServiceStopped s ->
          "stopped "
              + s.name()
              + " ("
              + s.signal()
              + (s.stopped() ? "" : ", STILL RUNNING")
              + (s.port() == null
                  ? ""
                  : Boolean.TRUE.equals(s.portFree())
                      ? ", port " + s.port() + " free"
                      : ", port " + s.port() + " STILL IN USE")
              + ")";
      case DeployEvents.RollbackCommandRan c ->
          "rollback command of "
              + c.service()
              + (c.timedOut() ? " timed out" : " exited " + c.exitCode());
      case DeployEvents.IncidentRecorded i ->
          "incident #" + i.incidentId() + " recorded (" + i.transition().toLowerCase() + ")";
      case DeployEvents.IncidentResolved i -> "incident #" + i.incidentId() + " resolved";
      case DeployEvents.IncidentNotRecorded i ->
          "the incident could not be recorded: " + i.reason();
      case DeployEvents.ReportWritten w -> "report: " + w.path();
      case DeployEvents.ReportNotWritten w -> "the report could not be written: " + w.reason();
      default -> null;
    };
  }

  /** The verdict: stdout on success and partial, the failure to stderr. */
  public static void verdict(DeployReport r, PrintWriter out, PrintWriter err) {
    String took = Durations.format(Duration.ofMillis(r.durationMs()));
    switch (r.status()) {
      case SUCCESS ->
          out.println(
              "shipgate deploy: "
                  + (r.dryRun() ? "dry run passed PRECHECK" : "SUCCESS")
                  + " in "
                  + took);
      case PARTIAL -> {
        out.println("shipgate deploy: PARTIAL in " + took + " (an optional check failed)");
        r.nextSteps().forEach(s -> out.println("  next: " + s));
      }
      case FAILURE -> {
        err.println(
            "shipgate: deploy failed at "
                + r.failedPhase()
                + ": "
                + r.failureOrNull().message()
                + rollback(r));
        r.nextSteps().forEach(s -> err.println("  next: " + s));
      }
    }
  }

  private static String rollback(DeployReport r) {
    if (r.rollback() == null) {
      return "";
    }
    if (r.rollback().stopped().isEmpty()) {
      return " (nothing was started, nothing to roll back)";
    }
    return r.rollback().complete()
        ? " (rolled back: stopped "
            + r.rollback().stopped().stream().map(s -> s.name()).collect(Collectors.joining(", "))
            + ")"
        : " (rollback INCOMPLETE)";
  }

  /** {@code --dry-run}: what a deploy would do, from the config. */
  public static void plan(ShipgateConfig c, PrintWriter out) {
    out.println("plan:");
    out.println("  PRECHECK: env " + c.env().required() + ", ports, preflight, deploy lock");
    out.println(
        "  DB_VALIDATE: "
            + (c.database().url().isPresent()
                ? "connect with retry, latency baseline"
                : "no database"));
    out.println(
        "  MIGRATE_VERIFY: "
            + c.migrations().apply().name().toLowerCase()
            + (c.migrations().command() == null ? "" : " `" + c.migrations().command() + "`")
            + ", then status at head and database.expect");
    for (ServiceConfig s : c.services()) {
      out.println(
          "  "
              + (s.role() == dev.shipgate.config.ServiceRole.FRONTEND
                  ? "FRONTEND_START"
                  : "BACKEND_START")
              + ": "
              + s.name()
              + ": `"
              + s.start()
              + "`"
              + (s.port() == null ? "" : " on port " + s.port())
              + ", "
              + s.ready().size()
              + " ready checks within "
              + Durations.format(s.readyTimeout())
              + (s.recover() == null ? "" : ", one recovery"));
    }
    if (c.tunnel() != null) {
      out.println(
          "  TUNNEL_START_OR_VERIFY: process "
              + c.tunnel().process()
              + ", local "
              + c.tunnel().local()
              + ", public "
              + c.tunnel().publicUrl()
              + " within "
              + Durations.format(c.tunnel().readyTimeout()));
    }
    out.println(
        "  EXTERNAL_VERIFY: "
            + c.externals().size()
            + " externals, "
            + c.agents().size()
            + " agents");
    out.println("  FAILURE_ROLLBACK: within " + Durations.format(c.deploy().rollbackTimeout()));
  }

  /** The {@code .txt} report file. */
  public static String report(DeployReport r, int exitCode) {
    StringBuilder b = new StringBuilder();
    b.append("shipgate deploy report\n");
    b.append("status:    ").append(r.status()).append(" (exit ").append(exitCode).append(")\n");
    b.append("project:   ").append(r.project()).append(" (").append(r.environment()).append(")\n");
    b.append("run:       ").append(r.runId()).append("  trace ").append(r.traceId()).append('\n');
    b.append("started:   ")
        .append(r.startedAt())
        .append("  took ")
        .append(r.durationMs())
        .append(" ms\n");
    b.append("versions:  git ")
        .append(r.versions().git())
        .append(", java ")
        .append(r.versions().java())
        .append(", shipgate ")
        .append(r.versions().shipgate())
        .append('\n');
    if (r.failureOrNull() != null) {
      b.append("failed at: ")
          .append(r.failedPhase())
          .append(": ")
          .append(r.failureOrNull().message())
          .append('\n');
    }
    b.append("\nphases:\n");
    for (PhaseResult p : r.phases()) {
      b.append(
          String.format(
              java.util.Locale.ROOT,
              "  %-24s %-4s %6d ms%n",
              p.state(),
              p.status(),
              p.durationMs()));
      for (PhaseResult.Stamped e : p.events()) {
        String d = describe(e.event());
        if (d != null) {
          b.append("      ").append(elapsed(e.atMs())).append(' ').append(d).append('\n');
        }
      }
      if (p.error() != null) {
        b.append("      error: ").append(p.error().message()).append('\n');
      }
    }
    if (!r.services().isEmpty()) {
      b.append("\nservices:\n");
      for (DeployReport.ServiceRun s : r.services()) {
        b.append("  ")
            .append(s.name())
            .append(" (")
            .append(s.role())
            .append(", pid ")
            .append(s.pid())
            .append("): ")
            .append(s.state())
            .append(s.exitCode() == null ? "" : ", exit " + s.exitCode())
            .append(", log ")
            .append(s.log())
            .append('\n');
        for (String l : s.lastLines()) {
          b.append("      | ").append(l).append('\n');
        }
      }
    }
    if (!r.health().isEmpty()) {
      b.append("\nhealth:\n");
      for (DeployReport.HealthSnapshot h : r.health()) {
        b.append("  ")
            .append(h.phase())
            .append(' ')
            .append(h.name())
            .append(": ")
            .append(h.status())
            .append(h.httpStatus() == null ? "" : " HTTP " + h.httpStatus())
            .append(h.reason() == null ? "" : " " + h.reason())
            .append(' ')
            .append(h.detail())
            .append('\n');
      }
    }
    if (!r.externals().isEmpty()) {
      b.append("\nexternals:\n");
      for (DeployReport.ExternalCheck e : r.externals()) {
        b.append("  ")
            .append(e.name())
            .append(": ")
            .append(e.status())
            .append(e.optional() ? " (optional)" : "")
            .append(' ')
            .append(e.latencyMs())
            .append(" ms")
            .append(e.reason() == null ? "" : " " + e.reason())
            .append('\n');
      }
    }
    if (r.rollback() != null) {
      b.append("\nrollback: ")
          .append(r.rollback().complete() ? "complete" : "INCOMPLETE")
          .append(" in ")
          .append(r.rollback().durationMs())
          .append(" ms (budget ")
          .append(r.rollback().budgetMs())
          .append(" ms)\n");
      for (DeployReport.Rollback.Stop s : r.rollback().stopped()) {
        b.append("  stopped ")
            .append(s.name())
            .append(" (")
            .append(s.signal())
            .append(
                s.port() == null
                    ? ""
                    : ", port "
                        + s.port()
                        + (Boolean.TRUE.equals(s.portFree()) ? " free" : " IN USE"))
            .append(")\n");
      }
    }
    if (!r.nextSteps().isEmpty()) {
      b.append("\nnext steps:\n");
      r.nextSteps().forEach(s -> b.append("  - ").append(s).append('\n'));
    }
    return b.toString();
  }

  private static String stale(DeployLock.Stale why) {
    if (why == null) {
      return "";
    }
    return switch (why) {
      case DEAD -> "its process is gone";
      case EXPIRED -> "its heartbeat expired";
      case SESSION_ENDED -> "its database session ended";
    };
  }

  private static String holder(DeployLock.Owner h) {
    return h == null
        ? "another session"
        : "run " + h.runId() + " (pid " + h.pid() + " on " + h.host() + ", user " + h.user() + ")";
  }

  static String elapsed(long ms) {
    return String.format(java.util.Locale.ROOT, "+%5.1fs", ms / 1000.0);
  }

  private void line(String s) {
    out.println(s);
    out.flush();
  }

  private String bold(String s) {
    return color ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  private String dim(String s) {
    return color ? "\u001b[2m" + s + "\u001b[0m" : s;
  }

  private String red(String s) {
    return color ? "\u001b[31m" + s + "\u001b[0m" : s;
  }

  private String green(String s) {
    return color ? "\u001b[32m" + s + "\u001b[0m" : s;
  }
}
