package dev.shipgate.probe;

import dev.shipgate.config.Durations;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns the exception of a request that got no response into a reason and a one-line detail. */
final class FailureClassifier {
  private FailureClassifier() {}

  static Verdict classify(Throwable error, URI uri, Duration timeout, Duration connectTimeout) {
    String hostPort = hostPort(uri);
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException) {
        return Verdict.fail(
            FailureReason.TIMEOUT,
            "could not connect to "
                + hostPort
                + " within "
                + Durations.format(connectTimeout)
                + " (connect timeout)");
      }
      if (t instanceof HttpTimeoutException) {
        return noResponse(hostPort, timeout);
      }
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return Verdict.fail(
            FailureReason.DNS, "cannot resolve host " + uri.getHost() + " (DNS lookup failed)");
      }
      if (t instanceof SSLException || t instanceof CertificateException) {
        return Verdict.fail(FailureReason.TLS, tlsDetail(t, hostPort));
      }
      if (t instanceof NoRouteToHostException) {
        return Verdict.fail(FailureReason.CONNECTION_REFUSED, "no route to host " + hostPort);
      }
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return Verdict.fail(FailureReason.CONNECTION_REFUSED, "connection refused by " + hostPort);
      }
    }
    String message = rootMessage(error);
    if (error instanceof EOFException
        || message.contains("header parser received no bytes")
        || message.toLowerCase(Locale.ROOT).contains("reset")
        || message.toLowerCase(Locale.ROOT).contains("closed")) {
      return Verdict.fail(
          FailureReason.CONNECTION_REFUSED,
          hostPort + " closed the connection before sending a response");
    }
    return Verdict.fail(
        FailureReason.CONNECTION_REFUSED, "request to " + hostPort + " failed: " + message);
  }

  static Verdict noResponse(String hostPort, Duration timeout) {
    return Verdict.fail(
        FailureReason.TIMEOUT,
        "no response from " + hostPort + " within " + Durations.format(timeout));
  }

  static String hostPort(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    String host = uri.getHost() == null ? String.valueOf(uri.getAuthority()) : uri.getHost();
    return host + ":" + port;
  }

  private static String tlsDetail(Throwable t, String hostPort) {
    String all = chainMessages(t);
    String lower = all.toLowerCase(Locale.ROOT);
    if (lower.contains("pkix") || lower.contains("certification path")) {
      return "TLS certificate of " + hostPort + " is not trusted (self-signed or unknown CA)";
    }
    if (lower.contains("no subject alternative") || lower.contains("no name matching")) {
      return "TLS certificate of " + hostPort + " does not match the host name";
    }
    if (lower.contains("expired") || lower.contains("not yet valid")) {
      return "TLS certificate of " + hostPort + " is expired or not yet valid";
    }
    if (lower.contains("unrecognized ssl message") || lower.contains("plaintext")) {
      return hostPort + " does not speak TLS (is it plain http://?)";
    }
    return "TLS handshake with " + hostPort + " failed: " + rootMessage(t);
  }

  private static String chainMessages(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable x = t; x != null; x = x.getCause()) {
      b.append(x.getMessage()).append(' ');
    }
    return b.toString();
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return m == null || m.isBlank() ? root.getClass().getSimpleName() : m.strip();
  }
}
