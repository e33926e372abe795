package dev.shipgate.probe;

import dev.shipgate.config.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@link HttpProbe} to the end: attempts, retries with doubling backoff while the deadline
 * allows, and the final {@link ProbeResult}. Asynchronous: no thread waits for a response or a
 * backoff. Building a request and judging a reply run on {@code work}, a small pool of platform
 * threads; a thread per probe cost more to start than the probe (1,000 probes on 2 cores timed out
 * by the hundreds), and virtual threads can deadlock on class loading (see core.Threads). The
 * result never comes later than the deadline plus the time to judge a reply that came in time.
 */
final class HttpProber {
  private static final long MIN_ATTEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final HttpClients clients;
  private final RunContext context;
  private final Executor work;

  HttpProber(HttpClients clients, RunContext context, Executor work) {
    this.clients = clients;
    this.context = context;
    this.work = work;
  }

  /** Runs {@code probe} until it passes, runs out of attempts, or reaches {@code deadline}. */
  CompletableFuture<ProbeResult> start(HttpProbe probe, long deadline) {
    return CompletableFuture.supplyAsync(() -> attempt(probe, deadline), work)
        .thenCompose(f -> f)
        .thenCompose(a -> next(probe, deadline, a, 1, probe.retryBackoff()));
  }

  private CompletableFuture<ProbeResult> next(
      HttpProbe probe, long deadline, Attempt a, int attempts, Duration backoff) {
    Verdict v = a.verdict();
    Duration delay = retryDelay(backoff, a);
    boolean again =
        v.failed()
            && v.reason().retryable()
            && attempts <= probe.retries()
            && sleepFits(delay, deadline);
    if (!again) {
      return CompletableFuture.completedFuture(result(probe, a, attempts));
    }
    Executor later = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, work);
    return CompletableFuture.supplyAsync(() -> attempt(probe, deadline), later)
        .thenCompose(f -> f)
        .thenCompose(b -> next(probe, deadline, b, attempts + 1, backoff.multipliedBy(2)));
  }

  private CompletableFuture<Attempt> attempt(HttpProbe probe, long deadline) {
    long start = System.nanoTime();
    long remainingNanos = Math.max(deadline - start, MIN_ATTEMPT_NANOS);
    Duration remaining = Duration.ofNanos(remainingNanos);
    Duration connect = min(probe.connectTimeout(), remaining);
    URI uri = Loopback.pin(probe.uri(), connect);
    HttpRequest request = request(probe, uri, remaining);
    HttpClient client = clients.forConnectTimeout(probe.connectTimeout());
    CompletableFuture<HttpResponse<LimitedBody.Bytes>> exchange =
        client.sendAsync(request, LimitedBody.handler());
    long left = Math.max(remainingNanos - (System.nanoTime() - start), 0);
    // the cut-off runs on the JDK's delay thread itself: it only cancels, and never meets a closed
    // pool
    CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS, Runnable::run)
        .execute(() -> exchange.cancel(true));
    return exchange.handleAsync(
        (response, failure) -> judge(probe, start, response, failure), work);
  }

  private Attempt judge(
      HttpProbe probe, long start, HttpResponse<LimitedBody.Bytes> response, Throwable failure) {
    if (response != null) {
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      HttpReply reply = reply(response, latency);
      return new Attempt(
          ResponseEvaluator.evaluate(reply, probe.expect(), probe.judge()),
          latency.toMillis(),
          response.statusCode(),
          RetryAfter.parse(response.headers()).orElse(null));
    }
    Throwable cause =
        failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
    if (cause instanceof CancellationException) {
      // cut off at the deadline, or the runner closed
      return new Attempt(
          FailureClassifier.noResponse(hostPort(probe), probe.timeout()), elapsedMs(start), null);
    }
    return new Attempt(
        FailureClassifier.classify(cause, probe.uri(), probe.timeout(), probe.connectTimeout()),
        elapsedMs(start),
        null);
  }

  private HttpRequest request(HttpProbe probe, URI uri, Duration remaining) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(remaining)
            .header("User-Agent", context.userAgent())
            .header("X-Request-ID", context.requestId(probe.name()))
            .header("traceparent", context.traceparent())
            .header("Accept", probe.expect().jsonBody() ? "application/json" : "*/*");
    if ("http".equalsIgnoreCase(uri.getScheme())) {
      b.version(HttpClient.Version.HTTP_1_1);
    }
    for (Map.Entry<String, Secret> h : probe.headers().entrySet()) {
      b.setHeader(h.getKey(), h.getValue().reveal());
    }
    HttpRequest.BodyPublisher body =
        probe.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(probe.body());
    return b.method(probe.method(), body).build();
  }

  private static HttpReply reply(HttpResponse<LimitedBody.Bytes> response, Duration latency) {
    Charset charset =
        response
            .headers()
            .firstValue("content-type")
            .flatMap(HttpProber::charset)
            .orElse(StandardCharsets.UTF_8);
    LimitedBody.Bytes bytes = response.body();
    return new HttpReply(
        response.statusCode(),
        response.headers(),
        new String(bytes.data(), charset),
        bytes.truncated(),
        latency,
        response.uri(),
        response.previousResponse().isPresent(),
        null);
  }

  private static java.util.Optional<Charset> charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        try {
          return java.util.Optional.of(Charset.forName(p.substring(8).replace("\"", "").strip()));
        } catch (IllegalArgumentException e) {
          return java.util.Optional.empty();
        }
      }
    }
    return java.util.Optional.empty();
  }

  private ProbeResult result(HttpProbe probe, Attempt a, int attempts) {
    Verdict v = a.verdict();
    boolean flaky = v.status() == ProbeStatus.PASS && attempts > 1;
    String detail = v.detail();
    if (flaky) {
      detail = detail + " (flaky: passed on attempt " + attempts + ")";
    } else if (attempts > 1) {
      detail = detail + " (after " + attempts + " attempts)";
    }
    return new ProbeResult(
        probe.name(),
        probe.kind(),
        v.status(),
        v.reason(),
        a.latencyMs(),
        attempts,
        flaky,
        a.httpStatus(),
        detail,
        probe.optional(),
        probe.uri().toString());
  }

  /** The backoff, or the server's Retry-After when it asks for longer. */
  private static Duration retryDelay(Duration backoff, Attempt a) {
    return a.retryAfter() != null && a.retryAfter().compareTo(backoff) > 0
        ? a.retryAfter()
        : backoff;
  }

  private static boolean sleepFits(Duration delay, long deadline) {
    return System.nanoTime() + delay.toNanos() + MIN_ATTEMPT_NANOS < deadline;
  }

  private static String hostPort(HttpProbe probe) {
    return FailureClassifier.hostPort(probe.uri());
  }

  private static long elapsedMs(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** One request's verdict, latency, status (null without a response) and Retry-After. */
  private record Attempt(Verdict verdict, long latencyMs, Integer httpStatus, Duration retryAfter) {
    Attempt(Verdict verdict, long latencyMs, Integer httpStatus) {
      this(verdict, latencyMs, httpStatus, null);
    }
  }
}
