package dev.shipgate.probe;

import dev.shipgate.core.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs probes concurrently: all requests in flight at once, built and judged on a pool of two
 * platform threads per core ({@link HttpProber}). Every probe's deadline is measured from the start
 * of the run, so a run takes as long as its slowest timeout, not the sum: 1,000 probes with 10
 * hanging and a 2 s timeout finish in about 2 s. Results come back in the order given, redacted.
 * Close the runner to abort requests still in flight.
 */
public final class ProbeRunner implements AutoCloseable {
  /** How long past a probe's own deadline the runner waits before reporting it itself. */
  private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final RunContext context;
  private static final int WORKERS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  private final ExecutorService work = Threads.fixed("shipgate-probe-", WORKERS);
  private final HttpClients clients = new HttpClients();
  private final HttpProber prober;

  public ProbeRunner(RunContext context) {
    this.context = context;
    this.prober = new HttpProber(clients, context, work);
  }

  public RunContext context() {
    return context;
  }

  /**
   * Runs every probe at once. Each is bounded by its own timeout, or by {@code cap} when that is
   * shorter (null: no cap).
   */
  public List<ProbeResult> runAll(List<? extends Probe> probes, Duration cap) {
    long start = System.nanoTime();
    List<Future<ProbeResult>> futures = new ArrayList<>(probes.size());
    List<Probe> effective = new ArrayList<>(probes.size());
    for (Probe p : probes) {
      Probe e = p instanceof HttpProbe h ? h.cappedAt(cap) : p;
      effective.add(e);
      futures.add(submit(e, start));
    }
    List<ProbeResult> results = new ArrayList<>(probes.size());
    for (int i = 0; i < futures.size(); i++) {
      results.add(await(futures.get(i), effective.get(i), start));
    }
    return results;
  }

  /** Runs one probe, bounded by its timeout; the calling thread waits for it. */
  public ProbeResult run(Probe probe) {
    long start = System.nanoTime();
    return await(submit(probe, start), probe, start);
  }

  private Future<ProbeResult> submit(Probe probe, long start) {
    return switch (probe) {
      case DecidedProbe d -> CompletableFuture.completedFuture(d.result());
      case HttpProbe h -> prober.start(h, start + h.timeout().toNanos());
    };
  }

  private ProbeResult await(Future<ProbeResult> future, Probe probe, long start) {
    if (!(probe instanceof HttpProbe http)) {
      return redact(future.resultNow(), probe);
    }
    long deadline = start + http.timeout().toNanos() + GRACE_NANOS;
    try {
      return redact(
          future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), probe);
    } catch (TimeoutException | CancellationException e) {
      future.cancel(true);
      return redact(timedOut(http), probe);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return redact(timedOut(http), probe);
    } catch (ExecutionException e) {
      throw new IllegalStateException("probe " + probe.name() + " crashed", e.getCause());
    }
  }

  private static ProbeResult timedOut(HttpProbe h) {
    Verdict v = FailureClassifier.noResponse(FailureClassifier.hostPort(h.uri()), h.timeout());
    return new ProbeResult(
        h.name(),
        h.kind(),
        ProbeStatus.FAIL,
        v.reason(),
        h.timeout().toMillis(),
        1,
        false,
        null,
        v.detail(),
        h.optional(),
        h.uri().toString());
  }

  /**
   * The result as it may be shown: the detail quotes what the server sent, so a secret is masked
   * there with every 8+ character prefix of it (a server echoing a truncated token), and the
   * probe's own header values count as secrets even when the config does not hold them.
   */
  private ProbeResult redact(ProbeResult r, Probe probe) {
    var red = context.redactor();
    if (probe instanceof HttpProbe h) {
      for (var header : h.headers().values()) {
        if (header.isPresent()) {
          red = red.withHeader(header.reveal());
        }
      }
    }
    return new ProbeResult(
        r.name(),
        r.kind(),
        r.status(),
        r.reason(),
        r.latencyMs(),
        r.attempts(),
        r.flaky(),
        r.httpStatus(),
        red.redactExcerpt(r.detail()),
        r.optional(),
        r.target() == null ? null : red.redact(r.target()));
  }

  @Override
  public void close() {
    clients.close();
    work.shutdownNow();
  }
}
