package dev.shipgate.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A loopback webhook receiver on port 0 for notification tests: records every request with its body
 * and arrival time, and answers from a script (then with the default answer).
 */
public final class Receiver implements AutoCloseable {
  /** One request as received. */
  public record Got(
      String method, String path, Map<String, List<String>> headers, String body, long nanos) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** Everything but the named headers, as text (for canary checks). */
    public String textWithout(String... skipHeaders) {
      StringBuilder sb = new StringBuilder(method + " " + path + "\n");
      headers.forEach(
          (k, v) -> {
            for (String s : skipHeaders) {
              if (s.equalsIgnoreCase(k)) {
                return;
              }
            }
            sb.append(k).append(": ").append(v).append('\n');
          });
      return sb.append(body).toString();
    }
  }

  /** One scripted answer; {@code hang} never answers. */
  public record Answer(int status, Map<String, String> headers, String body, boolean hang) {
    public static Answer of(int status, String body) {
      return new Answer(status, Map.of(), body, false);
    }

    public static Answer hanging() {
      return new Answer(0, Map.of(), "", true);
    }
  }

  private final HttpServer server;
  private final List<Got> got = new CopyOnWriteArrayList<>();
  private final Deque<Answer> script = new ArrayDeque<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile java.util.function.Function<Got, Answer> fallback;

  private Receiver(Answer fallbackAnswer) {
    this.fallback = g -> fallbackAnswer;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  /** A receiver that answers {@code status} with {@code body} unless scripted otherwise. */
  public static Receiver answering(int status, String body) {
    return new Receiver(Answer.of(status, body));
  }

  public static Receiver hanging() {
    return new Receiver(Answer.hanging());
  }

  /** Answers the next requests from {@code answers}, in order. */
  public synchronized Receiver then(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  /** Computes the default answer from the request (e.g. GitHub's POST vs PATCH). */
  public Receiver byRequest(java.util.function.Function<Got, Answer> f) {
    this.fallback = f;
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Got> got() {
    return new ArrayList<>(got);
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Got g =
        new Got(
            ex.getRequestMethod(),
            ex.getRequestURI().getPath(),
            Map.copyOf(ex.getRequestHeaders()),
            body,
            System.nanoTime());
    got.add(g);
    Answer a;
    synchronized (this) {
      a = script.isEmpty() ? fallback.apply(g) : script.poll();
    }
    if (a.hang()) {
      try {
        closing.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
      return;
    }
    a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      ex.getResponseBody().write(bytes);
    }
    ex.close();
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
