package dev.shipgate.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code localhost} may be served on IPv4 only or on IPv6 only (Node 17+ binds {@code ::1}); a
 * client that tries one family reports "refused" for a running server. This tries 127.0.0.1, then
 * ::1, and names the one that accepts.
 */
public final class Loopback {
  private static final List<InetAddress> ADDRESSES = List.of(literal("127.0.0.1"), literal("::1"));

  private Loopback() {}

  public static boolean isLocalhost(String host) {
    return host != null && host.toLowerCase(Locale.ROOT).equals("localhost");
  }

  /** The loopback addresses to try for {@code localhost}, IPv4 first. */
  public static List<InetAddress> addresses() {
    return ADDRESSES;
  }

  /** The first loopback address that accepts a TCP connection on {@code port}, if any. */
  public static Optional<InetAddress> accepting(int port, Duration timeout) {
    int ms = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    for (InetAddress a : ADDRESSES) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(a, port), ms);
        return Optional.of(a);
      } catch (IOException e) {
        // try the other family
      }
    }
    return Optional.empty();
  }

  /**
   * For {@code http://localhost...}: the same URI with the loopback address that accepts, so the
   * request reaches a server bound to either family. Other URIs are returned unchanged.
   */
  static URI pin(URI uri, Duration timeout) {
    if (!"http".equalsIgnoreCase(uri.getScheme()) || !isLocalhost(uri.getHost())) {
      return uri;
    }
    int port = uri.getPort() < 0 ? 80 : uri.getPort();
    return accepting(port, timeout).map(a -> withHost(uri, a)).orElse(uri);
  }

  private static URI withHost(URI uri, InetAddress address) {
    String host = address.getHostAddress();
    StringBuilder b = new StringBuilder(uri.getScheme()).append("://");
    if (uri.getRawUserInfo() != null) {
      b.append(uri.getRawUserInfo()).append('@');
    }
    b.append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
    if (uri.getPort() >= 0) {
      b.append(':').append(uri.getPort());
    }
    b.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      b.append('?').append(uri.getRawQuery());
    }
    return URI.create(b.toString());
  }

  private static InetAddress literal(String ip) {
    try {
      return InetAddress.getByName(ip);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
