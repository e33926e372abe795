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
    URI uri;
    try {
      uri = ProbeUris.http(c.get());
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(source, e.getMessage(), "checks", index, "get");
    }
    Expectation expect;
    try {
      expect = Expectation.compile(c.expect());
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(source, e.getMessage(), "checks", index, "expect");
    }
    String method = c.method().toUpperCase(Locale.ROOT);
    if (!METHOD.matcher(method).matches()) {
      throw ConfigErrors.at(
          source, "is not an HTTP method; use GET, HEAD, POST, ...", "checks", index, "method");
    }
    positive(c.timeout(), source, index, "timeout");
    if (c.connectTimeout() != null) {
      positive(c.connectTimeout(), source, index, "connectTimeout");
    }
    if (c.retries() < 0) {
      throw ConfigErrors.at(source, "must be 0 or more", "checks", index, "retries");
    }
    return HttpProbe.builder(c.name(), ProbeKind.CHECK, uri)
        .method(method)
        .headers(c.headers())
        .body(c.body())
        .expect(expect)
        .timeout(c.timeout())
        .connectTimeout(c.connectTimeout())
        .retries(c.retries(), c.retryBackoff())
        .build();
  }

  private static void positive(Duration d, ConfigSource source, int index, String key) {
    if (!d.isPositive()) {
      throw ConfigErrors.at(source, "must be more than 0 (e.g. 5s)", "checks", index, key);
    }
  }
}
