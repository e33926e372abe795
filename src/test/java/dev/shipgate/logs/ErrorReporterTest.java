package dev.shipgate.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Sentry's real SDK sending to a loopback receiver named as the DSN's host. */
class ErrorReporterTest {
  private static final String CANARY = "sk_live_CANARY_sentry_5150";

  @Test
  void anInternalErrorReachesTheDsnHostRedacted() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext(
        "/",
        ex -> {
          byte[] raw = ex.getRequestBody().readAllBytes();
          String enc = ex.getRequestHeaders().getFirst("Content-Encoding");
          bodies.add(ex.getRequestURI().getPath() + "\n" + decode(raw, enc));
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    server.start();
    try {
      String dsn = "http://publickey@127.0.0.1:" + server.getAddress().getPort() + "/42";
      try (ErrorReporter r =
          ErrorReporter.open(
              Secret.of(dsn), Redactor.urlsOnly().withSecret(CANARY), "test", "shipgate@test")) {
        assertThat(r.enabled()).isTrue();
        r.capture(new IllegalStateException("round failed with key " + CANARY), "monitor.round");
        r.flush(Duration.ofSeconds(10));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (bodies.stream().noneMatch(b -> b.contains("IllegalStateException"))
            && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
      }
    } finally {
      server.stop(0);
    }
    String body =
        bodies.stream().filter(b -> b.contains("IllegalStateException")).findFirst().orElseThrow();
    assertThat(body).startsWith("/api/42/envelope/");
    assertThat(body).contains("round failed with key ****").contains("monitor.round");
    assertThat(String.join("\n", bodies)).doesNotContain(CANARY);
  }

  @Test
  void withoutADsnNothingIsSent() {
    ErrorReporter r = ErrorReporter.open(Secret.empty(), Redactor.urlsOnly(), "test", "x");
    assertThat(r.enabled()).isFalse();
    r.capture(new IllegalStateException("x"), "nowhere");
    r.close();
  }

  private static String decode(byte[] raw, String encoding) throws IOException {
    InputStream in = new ByteArrayInputStream(raw);
    if (encoding != null && encoding.contains("gzip")) {
      in = new GZIPInputStream(in);
    }
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
