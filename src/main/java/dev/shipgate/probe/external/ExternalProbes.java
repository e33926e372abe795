package dev.shipgate.probe.external;

import dev.shipgate.config.ConfigSource;
import dev.shipgate.config.ExternalConfig;
import dev.shipgate.config.ExternalType;
import dev.shipgate.config.Secret;
import dev.shipgate.probe.ConfigErrors;
import dev.shipgate.probe.DecidedProbe;
import dev.shipgate.probe.Expectation;
import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.Probe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeUris;
import java.net.URI;

/**
 * One `externals:` entry as a probe. Built-in APIs get their read-only path appended to {@code
 * baseUrl} (default: the provider's API host) and the key as a Bearer token; {@code get:} on a
 * built-in API replaces that path (e.g. Cloudflare's account-scoped verify). An empty key is a SKIP
 * when the entry is optional, else an AUTH failure; no request is made either way.
 */
public final class ExternalProbes {
  private ExternalProbes() {}

  public static Probe of(ExternalConfig e, int index, ConfigSource source) {
    Expectation expect;
    try {
      expect = Expectation.compile(e.expect());
    } catch (IllegalArgumentException ex) {
      throw ConfigErrors.at(source, ex.getMessage(), "externals", index, "expect");
    }
    if (!e.timeout().isPositive()) {
      throw ConfigErrors.at(
          source, "must be more than 0 (e.g. 10s)", "externals", index, "timeout");
    }
    return e.type() == ExternalType.HTTP
        ? http(e, index, source, expect)
        : api(e, ExternalApi.of(e.type()), index, source, expect);
  }

  private static Probe api(
      ExternalConfig e, ExternalApi api, int index, ConfigSource source, Expectation expect) {
    Secret credential = credential(e);
    String base = blank(e.baseUrl()) ? api.defaultBase() : e.baseUrl();
    String path = blank(e.get()) ? api.path() : e.get();
    URI uri =
        uri(
            () -> ProbeUris.join(base, path),
            source,
            index,
            blank(e.baseUrl()) ? "get" : "baseUrl");
    if (!credential.isPresent()) {
      String key = e.type() == ExternalType.CLOUDFLARE ? "token" : "key";
      return e.optional()
          ? DecidedProbe.skip(
              e.name(),
              ProbeKind.EXTERNAL,
              true,
              uri.toString(),
              "optional; no " + key + " configured")
          : DecidedProbe.fail(
              e.name(),
              ProbeKind.EXTERNAL,
              false,
              uri.toString(),
              FailureReason.AUTH,
              "no "
                  + key
                  + " configured: '"
                  + ConfigErrors.key("externals", index, key)
                  + "' is empty at "
                  + source.where("externals", index)
                  + " (is its environment variable set?)");
    }
    Expectation withJson =
        (api.judgedStatuses().isEmpty() ? expect : expect.withStatuses(api.judgedStatuses()))
            .requiringJson();
    return HttpProbe.builder(e.name(), ProbeKind.EXTERNAL, uri)
        .optional(e.optional())
        .header("Authorization", Secret.of("Bearer " + credential.reveal()))
        .headers(e.headers())
        .expect(withJson)
        .timeout(e.timeout())
        .judge(api.judge(credential))
        .build();
  }

  private static Probe http(ExternalConfig e, int index, ConfigSource source, Expectation expect) {
    if (blank(e.get()) && blank(e.baseUrl())) {
      return DecidedProbe.skip(
          e.name(), ProbeKind.EXTERNAL, e.optional(), "", "optional; no URL configured");
    }
    URI uri = uri(() -> httpUri(e), source, index, blank(e.baseUrl()) ? "get" : "baseUrl");
    HttpProbe.Builder b =
        HttpProbe.builder(e.name(), ProbeKind.EXTERNAL, uri)
            .optional(e.optional())
            .headers(e.headers())
            .expect(expect)
            .timeout(e.timeout());
    Secret credential = credential(e);
    if (credential.isPresent() && !e.headers().containsKey("Authorization")) {
      b.header("Authorization", Secret.of("Bearer " + credential.reveal()));
    }
    return b.build();
  }

  /** {@code get}, or {@code baseUrl} with the path and query of {@code get} appended. */
  private static URI httpUri(ExternalConfig e) {
    if (blank(e.baseUrl())) {
      return ProbeUris.http(e.get());
    }
    if (blank(e.get())) {
      return ProbeUris.http(e.baseUrl());
    }
    if (e.get().startsWith("/")) {
      return ProbeUris.join(e.baseUrl(), e.get());
    }
    URI original = ProbeUris.http(e.get());
    String path = original.getRawPath() == null ? "" : original.getRawPath();
    String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
    return ProbeUris.join(e.baseUrl(), path + query);
  }

  private static URI uri(
      java.util.function.Supplier<URI> build, ConfigSource source, int index, String key) {
    try {
      return build.get();
    } catch (IllegalArgumentException ex) {
      throw ConfigErrors.at(source, ex.getMessage(), "externals", index, key);
    }
  }

  /** The key, or the token when only that is set (Cloudflare: the token first). */
  private static Secret credential(ExternalConfig e) {
    Secret first = e.type() == ExternalType.CLOUDFLARE ? e.token() : e.key();
    Secret second = e.type() == ExternalType.CLOUDFLARE ? e.key() : e.token();
    return first.isPresent() ? first : second;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
