package dev.shipgate.incidents.notify;

import java.util.Map;
import java.util.Optional;

/**
 * What came back: a status with headers and body, or a failure class ({@code TIMEOUT}, {@code
 * CONNECTION_REFUSED}, {@code DNS}, {@code TLS}, {@code IO}) when nothing did.
 */
record Reply(int status, Map<String, String> headers, String body, String failure) {
  static Reply failed(String failure) {
    return new Reply(0, Map.of(), "", failure);
  }

  boolean ok() {
    return failure == null && status >= 200 && status < 300;
  }

  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
