package dev.shipgate.incidents.notify;

import java.net.URI;

/**
 * {@code baseUrl}: keeps a URL's path and query and replaces its scheme, host and port (and
 * prefixes the base's path), so a proxy, a relay or a local test double receives what the real
 * service would.
 */
final class Rebase {
  private Rebase() {}

  static URI apply(String url, String baseUrl) {
    URI u = URI.create(url.strip());
    if (baseUrl == null || baseUrl.isBlank()) {
      return u;
    }
    String base = baseUrl.strip().replaceAll("/+$", "");
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
    return URI.create(base + path + query);
  }
}
