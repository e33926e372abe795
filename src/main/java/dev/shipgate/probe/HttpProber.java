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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one {@link HttpProbe} to the end: attempts, retries with doubling backoff while the deadline
 * allows, and the final {@link ProbeResult}. Blocks the calling (virtual) thread; never past the
 * deadline.
 */
final class HttpProber {
  private static final long MIN_ATTEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final HttpClients clients;
  private final RunContext context;

  HttpProber(HttpClients clients, RunContext context) {
    this.clients = clients;
    this.context = context;
  }

  /** Runs {@code probe} until it passes, runs out of attempts, or reaches {@code deadline}. */
  ProbeResult run(HttpProbe probe, long deadline) {
    int attempts = 0;
    Duration backoff = probe.retryBackoff();
    while (true) {
      long remaining = deadline - System.nanoTime();
      if (remaining < MIN_ATTEMPT_NANOS && attempts > 0) {
        break;
      }
      attempts++;
      Attempt a = attempt(probe, Math.max(remaining, MIN_ATTEMPT_NANOS));
      Verdict v = a.verdict();
      boolean again =
          v.failed()
              && v.reason().retryable()
              && attempts <= probe.retries()
              && sleepFits(retryDelay(backoff, a), deadline);
      if (!again) {
        return result(probe, a, attempts);
      }
      if (!sleep(retryDelay(backoff, a))) {
        return result(probe, a, attempts);
      }
      backoff = backoff.multipliedBy(2);
    }
    return result(
        probe,
        new Attempt(FailureClassifier.noResponse(hostPort(probe), probe.timeout()), 0, null),
        attempts);
  }

  private Attempt attempt(HttpProbe probe, long remainingNanos) {
    Duration remaining = Duration.ofNanos(remainingNanos);
    Duration connect = min(probe.connectTimeout(), remaining);
    long start = System.nanoTime();
    URI uri = Loopback.pin(probe.uri(), connect);
    HttpRequest request = request(probe, uri, remaining);
    HttpClient client = clients.forConnectTimeout(probe.connectTimeout());
    CompletableFuture<HttpResponse<LimitedBody.Bytes>> future =
        client.sendAsync(request, LimitedBody.handler());
    long left = remainingNanos - (System.nanoTime() - start);
    try {
      HttpResponse<LimitedBody.Bytes> response =
          future.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      HttpReply reply = reply(response, latency);
      return new Attempt(
          ResponseEvaluator.evaluate(reply, probe.expect(), probe.judge()),
          latency.toMillis(),
          response.statusCode(),
          RetryAfter.parse(response.headers()).orElse(null));
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Attempt(
          FailureClassifier.noResponse(hostPort(probe), probe.timeout()), elapsedMs(start), null);
    } catch (ExecutionException e) {
      return new Attempt(
          FailureClassifier.classify(
              e.getCause(), probe.uri(), probe.timeout(), probe.connectTimeout()),
          elapsedMs(start),
          null);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Attempt(
          FailureClassifier.noResponse(hostPort(probe), probe.timeout()), elapsedMs(start), null);
    }
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

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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
