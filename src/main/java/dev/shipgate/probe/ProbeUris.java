package dev.shipgate.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Validates the URLs probes request, with messages that say how to fix them. */
public final class ProbeUris {
  private ProbeUris() {}

  /**
   * An absolute http:// or https:// URL.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  public static URI http(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "is empty; give a URL such as https://api.example.org/health");
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("must start with http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("has no host name");
    }
    return uri;
  }

  /** {@code base} without trailing slashes, then {@code path} (which starts with '/'). */
  public static URI join(String base, String path) {
    if (base == null || base.isBlank()) {
      return http(base);
    }
    String b = base.strip().replaceAll("/+$", "");
    String p = path == null || path.isEmpty() ? "" : path.startsWith("/") ? path : "/" + path;
    return http(b + p);
  }
}
