package dev.shipgate.probe.check;

import dev.shipgate.config.CheckConfig;
import dev.shipgate.config.ConfigSource;
import dev.shipgate.probe.ConfigErrors;
import dev.shipgate.probe.Expectation;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeUris;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** One `checks:` entry as an {@link HttpProbe}; config mistakes are exit 78 with file:line. */
public final class CheckProbes {
  private static final Pattern METHOD = Pattern.compile("[A-Z]+");

  private CheckProbes() {}

  public static HttpProbe of(CheckConfig c, int index, ConfigSource source) {
    return of(c, source, "checks", index);
  }

  /**
   * The same for a check that lives elsewhere in the config, e.g. a service's {@code ready} list:
   * {@code at} is its key path ({@code "services", 0, "ready", 1}), named in config errors.
   */
  public static HttpProbe of(CheckConfig c, ConfigSource source, Object... at) {
    String name = c.name() == null ? ConfigErrors.key(at) : c.name();
    URI uri;
    try {
      uri = ProbeUris.http(c.get());
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(source, e.getMessage(), path(at, "get"));
    }
    Expectation expect;
    try {
      expect = Expectation.compile(c.expect());
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(source, e.getMessage(), path(at, "expect"));
    }
    String method = c.method().toUpperCase(Locale.ROOT);
    if (!METHOD.matcher(method).matches()) {
      throw ConfigErrors.at(
          source, "is not an HTTP method; use GET, HEAD, POST, ...", path(at, "method"));
    }
    positive(c.timeout(), source, at, "timeout");
    if (c.connectTimeout() != null) {
      positive(c.connectTimeout(), source, at, "connectTimeout");
    }
    if (c.retries() < 0) {
      throw ConfigErrors.at(source, "must be 0 or more", path(at, "retries"));
    }
    return HttpProbe.builder(name, ProbeKind.CHECK, uri)
        .method(method)
        .headers(c.headers())
        .body(c.body())
        .expect(expect)
        .timeout(c.timeout())
        .connectTimeout(c.connectTimeout())
        .retries(c.retries(), c.retryBackoff())
        .build();
  }

  private static void positive(Duration d, ConfigSource source, Object[] at, String key) {
    if (!d.isPositive()) {
      throw ConfigErrors.at(source, "must be more than 0 (e.g. 5s)", path(at, key));
    }
  }

  private static Object[] path(Object[] at, String key) {
    Object[] p = java.util.Arrays.copyOf(at, at.length + 1);
    p[at.length] = key;
    return p;
  }
}
