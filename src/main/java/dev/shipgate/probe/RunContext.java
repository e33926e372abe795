package dev.shipgate.probe;

import dev.shipgate.config.Redactor;
import dev.shipgate.core.ShipgateVersion;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every request of one run shares: the run id (in {@code X-Request-ID}), the W3C trace id (in
 * {@code traceparent}), the {@code User-Agent}, and the redactor that masks secrets in results.
 */
public record RunContext(String runId, String traceId, String userAgent, Redactor redactor) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._~-]+");

  public static RunContext create(Redactor redactor) {
    String trace = nonZeroHex(16);
    return new RunContext(
        trace.substring(0, 16), trace, "shipgate/" + ShipgateVersion.get(), redactor);
  }

  /** {@code X-Request-ID}: the run id and the probe name, e.g. {@code 4bf92f3577b34da6-api}. */
  public String requestId(String probeName) {
    return runId + "-" + UNSAFE.matcher(probeName).replaceAll("_");
  }

  /** A fresh {@code traceparent} (version 00, sampled) with a new span id for one request. */
  public String traceparent() {
    return "00-" + traceId + "-" + nonZeroHex(8) + "-01";
  }

  private static String nonZeroHex(int bytes) {
    byte[] b = new byte[bytes];
    do {
      RANDOM.nextBytes(b);
    } while (allZero(b));
    return HEX.formatHex(b).toLowerCase(Locale.ROOT);
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }
}
