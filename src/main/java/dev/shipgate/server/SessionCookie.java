package dev.shipgate.server;

import dev.shipgate.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The dashboard's session: {@code <expiry>.<HMAC-SHA256(expiry)>} keyed by the admin token, so any
 * {@code serve} instance with the same token accepts it (nothing is stored) and changing the token
 * ends every session. Sent HttpOnly, SameSite=Strict.
 */
final class SessionCookie {
  static final String NAME = "shipgate_session";
  static final Duration LIFETIME = Duration.ofHours(12);

  private final byte[] key;
  private final Clock clock;

  SessionCookie(Secret adminToken, Clock clock) {
    this.key =
        hmac(
            ("shipgate-session:" + adminToken.reveal()).getBytes(StandardCharsets.UTF_8),
            "key".getBytes(StandardCharsets.UTF_8));
    this.clock = clock;
  }

  /** A fresh session value. */
  String issue() {
    long expiry = clock.instant().plus(LIFETIME).getEpochSecond();
    return expiry + "." + sign(expiry);
  }

  boolean valid(String value) {
    if (value == null) {
      return false;
    }
    int dot = value.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    long expiry;
    try {
      expiry = Long.parseLong(value.substring(0, dot));
    } catch (NumberFormatException e) {
      return false;
    }
    byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = sign(expiry).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, expected) && clock.instant().getEpochSecond() < expiry;
  }

  /** The {@code Set-Cookie} header value for a new session. */
  String setCookie(boolean secure) {
    return NAME
        + "="
        + issue()
        + "; Path=/; Max-Age="
        + LIFETIME.toSeconds()
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  static String clearCookie() {
    return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
  }

  private String sign(long expiry) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(hmac(key, Long.toString(expiry).getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }
}
