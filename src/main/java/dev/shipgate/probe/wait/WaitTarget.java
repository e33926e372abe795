package dev.shipgate.probe.wait;

import dev.shipgate.probe.ProbeUris;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/** Something to wait for: an http(s) URL, a TCP port, or a file. */
public sealed interface WaitTarget {
  /** The target as the user wrote it. */
  String text();

  /** An http:// or https:// URL that must answer 2xx (or one of --status). */
  record Http(String text, URI uri) implements WaitTarget {}

  /** A TCP port that must accept connections. */
  record Tcp(String text, String host, int port) implements WaitTarget {}

  /** A file that must exist. */
  record File(String text, Path path) implements WaitTarget {}

  /**
   * Parses {@code http(s)://...}, {@code tcp://host:port}, {@code file:PATH} or a plain path.
   *
   * @throws IllegalArgumentException saying which forms are accepted
   */
  static WaitTarget parse(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        return new Http(text, ProbeUris.http(text));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + text + "' " + e.getMessage());
      }
    }
    if (lower.startsWith("tcp://")) {
      return tcp(text);
    }
    if (lower.startsWith("file:")) {
      String rest = text.substring(5);
      return new File(text, Path.of(rest.startsWith("//") ? rest.substring(2) : rest));
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a target shipgate can wait for; use http(s)://HOST/PATH, tcp://HOST:PORT or a file path");
    }
    return new File(text, Path.of(text));
  }

  private static Tcp tcp(String text) {
    try {
      URI uri = new URI(text);
      if (uri.getHost() == null || uri.getPort() < 1 || uri.getPort() > 65535) {
        throw new URISyntaxException(text, "needs a host and a port");
      }
      String host = uri.getHost().replaceAll("^\\[|]$", "");
      return new Tcp(text, host, uri.getPort());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a TCP target; write tcp://HOST:PORT, e.g. tcp://127.0.0.1:5432");
    }
  }
}
