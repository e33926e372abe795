package dev.shipgate.incidents.notify;

import dev.shipgate.core.ShipgateVersion;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * {@link HttpSender} on {@code java.net.http}: the whole exchange (connect, headers, body) is
 * bounded by one future's timeout. Failures are reported by class only; exception messages can
 * carry the URL, and a webhook URL is a credential.
 */
final class JdkHttpSender implements HttpSender {
  private static final int MAX_BODY = 64 * 1024;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Override
  public Reply send(Outbound r, Duration timeout) throws InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(r.uri())
            .timeout(timeout)
            .header("User-Agent", "shipgate/" + ShipgateVersion.get())
            .method(
                r.method(),
                r.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8));
    r.headers().forEach(b::header);
    CompletableFuture<HttpResponse<String>> f =
        client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> resp = f.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
      Map<String, String> headers = new LinkedHashMap<>();
      resp.headers().map().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
      String body = resp.body() == null ? "" : resp.body();
      return new Reply(
          resp.statusCode(),
          headers,
          body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body,
          null);
    } catch (TimeoutException e) {
      f.cancel(true);
      return Reply.failed("TIMEOUT");
    } catch (InterruptedException e) {
      f.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      return Reply.failed(classify(e.getCause()));
    }
  }

  static String classify(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof HttpTimeoutException) {
        return "TIMEOUT";
      }
      if (c instanceof ConnectException) {
        return "CONNECTION_REFUSED";
      }
      if (c instanceof UnknownHostException) {
        return "DNS";
      }
      if (c instanceof SSLException) {
        return "TLS";
      }
    }
    return t instanceof IOException ? "IO" : "ERROR";
  }
}
