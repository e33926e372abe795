package dev.shipgate.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code shipgate serve --port 0} as a child process (the packaged jar): waits for its {@code
 * started} log line, knows its port, and speaks HTTP to it. Close sends SIGTERM and waits.
 */
public final class Served implements AutoCloseable {
  private static final Pattern PORT = Pattern.compile("\"event\":\"started\".*?\"port\":(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JarRun.Running run;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Served(JarRun.Running run, int port) {
    this.run = run;
    this.port = port;
  }

  public static Served start(Path dir, Map<String, String> env, String... extra)
      throws IOException, InterruptedException {
    String[] args = new String[extra.length + 2];
    args[0] = "serve";
    args[1] = "--port=0";
    System.arraycopy(extra, 0, args, 2, extra.length);
    JarRun.Running run = JarRun.start(dir, env, args);
    try {
      run.awaitErr("\"event\":\"started\"");
    } catch (RuntimeException e) {
      run.process().destroyForcibly(); // a serve that never started must not outlive the test
      throw e;
    }
    Matcher m = PORT.matcher(Files.readString(run.err(), StandardCharsets.UTF_8));
    if (!m.find()) {
      throw new IllegalStateException("no port in the started line");
    }
    return new Served(run, Integer.parseInt(m.group(1)));
  }

  public int port() {
    return port;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public JarRun.Running process() {
    return run;
  }

  public String stderr() throws IOException {
    return Files.readString(run.err(), StandardCharsets.UTF_8);
  }

  public HttpResponse<String> get(String path, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
  }

  public HttpResponse<String> post(String path, String... headers) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.noBody()),
        headers);
  }

  public HttpResponse<String> send(HttpRequest.Builder b, String... headers) throws Exception {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(
        b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  /** Polls {@code path} until its JSON satisfies {@code ready} (generous deadline). */
  public JsonNode await(String path, Predicate<JsonNode> ready, String... headers)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = json(get(path, headers));
      if (ready.test(last)) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(path + " never became ready; last: " + last);
  }

  /** SIGTERM, then the exit code. */
  public int stop() throws Exception {
    run.process().destroy();
    if (!run.process().waitFor(60, TimeUnit.SECONDS)) {
      run.process().destroyForcibly();
      throw new IllegalStateException("serve did not stop on SIGTERM");
    }
    return run.process().exitValue();
  }

  @Override
  public void close() throws Exception {
    if (run.process().isAlive()) {
      stop();
    }
  }
}
