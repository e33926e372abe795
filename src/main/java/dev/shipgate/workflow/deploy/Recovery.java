package dev.shipgate.workflow.deploy;

import dev.shipgate.config.RecoverConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Failure;
import dev.shipgate.deploy.LogTail;
import dev.shipgate.probe.Expectation;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.ProbeUris;
import dev.shipgate.probe.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * The ready gate with its one recovery (D3): wait on readiness; on timeout read {@code
 * recover.stats}, call {@code recover.trigger} once (after the {@code Retry-After} of a 429, within
 * the recovery budget), then wait again for at most {@code deploy.recoverTimeout}. A service that
 * exits fails the gate at once with its exit code and last log lines.
 */
final class Recovery {
  private static final int BODY_EXCERPT = 300;

  private final RunState s;

  Recovery(RunState s) {
    this.s = s;
  }

  void gate(List<Started> gated, Phase phase) {
    ReadyGate gate = new ReadyGate(s.runner, s.config.source(), s::emit);
    ReadyGate.Result r = gate.await(gated, s.started, null);
    if (r instanceof ReadyGate.TimedOut t) {
      List<Started> recoverable =
          t.services().stream().filter(x -> x.config().recover() != null).toList();
      if (!recoverable.isEmpty()) {
        snapshots(gate, phase);
        for (Started x : recoverable) {
          recover(x, phase);
        }
        r = gate.await(t.services(), s.started, s.config.deploy().recoverTimeout());
      }
    }
    snapshots(gate, phase);
    switch (r) {
      case ReadyGate.AllReady a -> gated.forEach(x -> s.states.put(x.name(), "READY"));
      case ReadyGate.Exited e -> exited(e, phase);
      case ReadyGate.TimedOut t -> timedOut(t, gate);
      case ReadyGate.Interrupted i ->
          throw new Deploy.PhaseFailed(
              new Failure(ErrorCode.INTERRUPTED, "deploy interrupted during " + phase));
    }
  }

  private void exited(ReadyGate.Exited e, Phase phase) {
    Started x = e.service();
    List<String> lines = s.redactAll(LogTail.last(x.process().log(), 10));
    s.exitCodes.put(x.name(), e.exitCode());
    s.states.put(x.name(), "EXITED");
    s.emit(new DeployEvents.ServiceExited(x.name(), e.exitCode(), lines));
    throw new Deploy.PhaseFailed(
        new Failure(
            ErrorCode.SERVICE_EXITED,
            "service "
                + x.name()
                + " exited with code "
                + e.exitCode()
                + " during "
                + phase
                + (lines.isEmpty()
                    ? " (its log " + x.process().log() + " is empty)"
                    : "; last log line: " + lines.get(lines.size() - 1))));
  }

  private void timedOut(ReadyGate.TimedOut t, ReadyGate gate) {
    List<String> why = new ArrayList<>();
    for (Started x : t.services()) {
      List<ProbeResult> last = gate.lastResults().getOrDefault(x.name(), List.of());
      String failing =
          last.stream()
              .filter(p -> p.status() != ProbeStatus.PASS)
              .map(
                  p ->
                      p.name()
                          + " "
                          + (p.reason() == null ? "" : p.reason().name() + ": ")
                          + p.detail())
              .findFirst()
              .orElse("port " + x.config().port() + " never accepted connections");
      why.add(
          x.name()
              + " not ready after "
              + x.config().readyTimeout().toSeconds()
              + "s"
              + (x.config().recover() == null ? "" : " and one recovery")
              + " ("
              + failing
              + ")");
    }
    throw new Deploy.PhaseFailed(new Failure(ErrorCode.NOT_READY, String.join("; ", why)));
  }

  private void snapshots(ReadyGate gate, Phase phase) {
    gate.lastResults()
        .forEach(
            (service, results) ->
                results.forEach(r -> s.health.add(Deploy.snapshot(phase, service, r))));
  }

  private void recover(Started x, Phase phase) {
    RecoverConfig rc = x.config().recover();
    if (present(rc.stats())) {
      AtomicReference<String> body = new AtomicReference<>("");
      ProbeResult stats =
          s.runner.run(probe(x.name() + ".recover.stats", rc.stats(), "GET", body, null));
      s.health.add(Deploy.snapshot(phase, x.name(), stats));
      s.emit(
          new DeployEvents.RecoverStats(
              x.name(),
              stats.status().name(),
              stats.httpStatus(),
              s.redactor.redact(excerpt(body.get()))));
    }
    if (!present(rc.trigger())) {
      return;
    }
    long deadline = System.nanoTime() + s.config.deploy().recoverTimeout().toNanos();
    AtomicReference<String> body = new AtomicReference<>("");
    AtomicReference<Duration> retryAfter = new AtomicReference<>();
    ProbeResult r =
        s.runner.run(probe(x.name() + ".recover.trigger", rc.trigger(), "POST", body, retryAfter));
    if (r.httpStatus() != null && r.httpStatus() == 429) {
      Duration wait = retryAfter.get() == null ? Duration.ofSeconds(1) : retryAfter.get();
      long left = deadline - System.nanoTime();
      if (wait.toNanos() < left) {
        s.emit(new DeployEvents.RecoverDelayed(x.name(), wait.toMillis()));
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        r =
            s.runner.run(
                probe(x.name() + ".recover.trigger", rc.trigger(), "POST", body, retryAfter));
      }
    }
    s.health.add(Deploy.snapshot(phase, x.name(), r));
    s.emit(
        new DeployEvents.RecoverTriggered(
            x.name(), r.httpStatus(), s.redactor.redact(excerpt(body.get()))));
  }

  /** A probe that accepts every status and keeps the body (and a Retry-After) for the report. */
  private static HttpProbe probe(
      String name,
      String url,
      String method,
      AtomicReference<String> body,
      AtomicReference<Duration> retryAfter) {
    return HttpProbe.builder(name, ProbeKind.CHECK, ProbeUris.http(url))
        .method(method)
        .body(method.equals("POST") ? "" : null)
        .expect(Expectation.statuses(IntStream.range(100, 600).boxed().toList()))
        .timeout(Duration.ofSeconds(5))
        .judge(
            reply -> {
              body.set(reply.body() == null ? "" : reply.body());
              if (retryAfter != null) {
                reply
                    .headers()
                    .firstValue("retry-after")
                    .filter(v -> v.strip().matches("\\d{1,5}"))
                    .ifPresent(v -> retryAfter.set(Duration.ofSeconds(Long.parseLong(v.strip()))));
              }
              return reply.status() < 400
                  ? Verdict.pass("HTTP " + reply.status())
                  : Verdict.fail(
                      reply.status() == 429
                          ? dev.shipgate.probe.FailureReason.RATE_LIMITED
                          : dev.shipgate.probe.FailureReason.HTTP_5XX,
                      "HTTP " + reply.status());
            })
        .build();
  }

  static String excerpt(String body) {
    String b = body.strip();
    return b.length() <= BODY_EXCERPT ? b : b.substring(0, BODY_EXCERPT) + "…";
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
