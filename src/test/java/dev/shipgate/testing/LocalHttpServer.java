package dev.shipgate.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP(S) server on a free port for probe tests: routes answer with canned replies, can
 * hang, be slow or fail a few times first, and every request's headers are recorded.
 */
public final class LocalHttpServer implements AutoCloseable {
  /** What a route does with a request. */
  @FunctionalInterface
  public interface Reply {
    void answer(HttpExchange exchange, LocalHttpServer server) throws IOException;

    /** The same reply after a delay. */
    default Reply after(Duration delay) {
      return (ex, s) -> {
        s.sleep(delay);
        answer(ex, s);
      };
    }
  }

  /** One request as the server saw it. */
  public record Request(String method, String path, Map<String, List<String>> headers) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final String scheme;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Reply> routes = new ConcurrentHashMap<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private LocalHttpServer(HttpServer server, String scheme) {
    this.server = server;
    this.scheme = scheme;
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  /** Plain HTTP on 127.0.0.1, a free port. */
  public static LocalHttpServer start() {
    return start(InetAddress.getLoopbackAddress());
  }

  /** Plain HTTP on the given address (e.g. ::1 to test IPv6-only servers), a free port. */
  public static LocalHttpServer start(InetAddress address) {
    try {
      return new LocalHttpServer(HttpServer.create(new InetSocketAddress(address, 0), 512), "http");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * HTTPS with a self-signed certificate for localhost/127.0.0.1 made with keytool in {@code dir}.
   */
  public static LocalHttpServer startSelfSignedTls(Path dir) {
    try {
      Path keystore = dir.resolve("self-signed.p12");
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                  "-genkeypair",
                  "-alias",
                  "test",
                  "-keyalg",
                  "EC",
                  "-groupname",
                  "secp256r1",
                  "-dname",
                  "CN=localhost",
                  "-ext",
                  "SAN=dns:localhost,ip:127.0.0.1",
                  "-validity",
                  "2",
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  keystore.toString(),
                  "-storepass",
                  "changeit")
              .redirectErrorStream(true)
              .start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(keystore)) {
        throw new IllegalStateException("keytool failed: " + log);
      }
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        ks.load(in, "changeit".toCharArray());
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, "changeit".toCharArray());
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(kmf.getKeyManagers(), null, null);
      HttpsServer https =
          HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      https.setHttpsConfigurator(new HttpsConfigurator(ssl));
      return new LocalHttpServer(https, "https");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A port nothing listens on (bound, then released). */
  public static int refusedPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public LocalHttpServer route(String path, Reply reply) {
    routes.put(path, reply);
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT/path} (or https://, or [::1] for an IPv6 server). */
  public String url(String path) {
    InetAddress a = server.getAddress().getAddress();
    String host =
        a.getHostAddress().contains(":") ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
    return scheme + "://" + host + ":" + port() + path;
  }

  public List<Request> requests() {
    return new ArrayList<>(requests);
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  // --- canned replies ---

  public static Reply text(int status, String contentType, String body) {
    return (ex, s) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", contentType);
      ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        ex.getResponseBody().write(bytes);
      }
      ex.close();
    };
  }

  public static Reply json(int status, String body) {
    return text(status, "application/json", body);
  }

  public static Reply html(int status, String body) {
    return text(status, "text/html; charset=utf-8", body);
  }

  public static Reply status(int status) {
    return text(status, "text/plain", "");
  }

  /** Adds a response header before answering. */
  public static Reply withHeader(String name, String value, Reply reply) {
    return (ex, s) -> {
      ex.getResponseHeaders().add(name, value);
      reply.answer(ex, s);
    };
  }

  /** Reads the request and never answers (until the server closes). */
  public static Reply hang() {
    return (ex, s) -> {
      s.awaitClose();
      ex.close();
    };
  }

  /** {@code first} for the first {@code times} requests, then {@code then}. */
  public static Reply failing(int times, Reply first, Reply then) {
    AtomicInteger count = new AtomicInteger();
    return (ex, s) -> (count.incrementAndGet() <= times ? first : then).answer(ex, s);
  }

  /** Echoes the request's Authorization header in a 401 body (a careless server). */
  public static Reply echoAuthorization() {
    return (ex, s) -> {
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      json(401, "{\"error\":{\"message\":\"bad credentials: " + auth + "\"}}").answer(ex, s);
    };
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.add(
        new Request(
            ex.getRequestMethod(),
            ex.getRequestURI().getPath(),
            Map.copyOf(ex.getRequestHeaders())));
    ex.getRequestBody().readAllBytes();
    Reply reply = routes.get(ex.getRequestURI().getPath());
    if (reply == null) {
      json(404, "{\"error\":\"no route " + ex.getRequestURI().getPath() + "\"}").answer(ex, this);
      return;
    }
    reply.answer(ex, this);
  }

  private void sleep(Duration d) {
    try {
      closing.await(d.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitClose() {
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
