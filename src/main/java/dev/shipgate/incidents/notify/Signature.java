package dev.shipgate.incidents.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic webhook's signature: {@code X-Shipgate-Signature: sha256=<hex>} where hex is
 * HMAC-SHA256 over {@code <X-Shipgate-Timestamp>.<body>} with {@code notify.webhookSecret} as the
 * key. Signing the timestamp lets a receiver reject replays of old deliveries.
 */
public final class Signature {
  public static final String HEADER = "X-Shipgate-Signature";
  public static final String TIMESTAMP_HEADER = "X-Shipgate-Timestamp";

  private Signature() {}

  /** {@code sha256=<hex>} for {@code timestamp} (epoch seconds) and {@code body}. */
  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sig = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
