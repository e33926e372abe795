package dev.shipgate.probe;

import dev.shipgate.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP probe, ready to run. {@code timeout} bounds the whole probe, retries included; {@code
 * connectTimeout} bounds each TCP/TLS connect. {@code retries} more attempts follow a retryable
 * failure, after {@code retryBackoff}, doubling each time. Header values are {@link Secret}s and
 * are never printed. Build one with {@link #builder}.
 */
public record HttpProbe(
    String name,
    ProbeKind kind,
    boolean optional,
    String method,
    URI uri,
    Map<String, Secret> headers,
    String body,
    Expectation expect,
    Duration timeout,
    Duration connectTimeout,
    int retries,
    Duration retryBackoff,
    ResponseJudge judge)
    implements Probe {

  public HttpProbe {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(uri, "uri");
    method = method == null ? "GET" : method;
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    expect = expect == null ? Expectation.any2xx() : expect;
    if (timeout == null || !timeout.isPositive()) {
      throw new IllegalArgumentException("timeout must be more than 0");
    }
    connectTimeout =
        connectTimeout == null || connectTimeout.compareTo(timeout) > 0 ? timeout : connectTimeout;
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more");
    }
    retryBackoff = retryBackoff == null ? Duration.ofMillis(500) : retryBackoff;
    judge = judge == null ? ResponseJudge.STATUS_ONLY : judge;
  }

  /** The same probe with a shorter timeout, when {@code cap} is shorter than its own. */
  public HttpProbe cappedAt(Duration cap) {
    if (cap == null || cap.compareTo(timeout) >= 0) {
      return this;
    }
    return new HttpProbe(
        name,
        kind,
        optional,
        method,
        uri,
        headers,
        body,
        expect,
        cap,
        connectTimeout,
        retries,
        retryBackoff,
        judge);
  }

  public static Builder builder(String name, ProbeKind kind, URI uri) {
    return new Builder(name, kind, uri);
  }

  /** Fluent construction with the engine's defaults (GET, any 2xx, 5 s, no retries). */
  public static final class Builder {
    private final String name;
    private final ProbeKind kind;
    private final URI uri;
    private boolean optional;
    private String method = "GET";
    private final Map<String, Secret> headers = new LinkedHashMap<>();
    private String body;
    private Expectation expect = Expectation.any2xx();
    private Duration timeout = Duration.ofSeconds(5);
    private Duration connectTimeout;
    private int retries;
    private Duration retryBackoff = Duration.ofMillis(500);
    private ResponseJudge judge = ResponseJudge.STATUS_ONLY;

    private Builder(String name, ProbeKind kind, URI uri) {
      this.name = name;
      this.kind = kind;
      this.uri = uri;
    }

    public Builder optional(boolean value) {
      this.optional = value;
      return this;
    }

    public Builder method(String value) {
      this.method = value;
      return this;
    }

    public Builder header(String header, Secret value) {
      headers.put(header, value);
      return this;
    }

    public Builder headers(Map<String, Secret> values) {
      headers.putAll(values);
      return this;
    }

    public Builder body(String value) {
      this.body = value;
      return this;
    }

    public Builder expect(Expectation value) {
      this.expect = value;
      return this;
    }

    public Builder timeout(Duration value) {
      this.timeout = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    public Builder retries(int count, Duration backoff) {
      this.retries = count;
      this.retryBackoff = backoff;
      return this;
    }

    public Builder judge(ResponseJudge value) {
      this.judge = value;
      return this;
    }

    public HttpProbe build() {
      return new HttpProbe(
          name,
          kind,
          optional,
          method,
          uri,
          headers,
          body,
          expect,
          timeout,
          connectTimeout,
          retries,
          retryBackoff,
          judge);
    }
  }
}
