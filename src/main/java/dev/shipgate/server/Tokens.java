package dev.shipgate.server;

import dev.shipgate.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Token comparison in constant time: both sides are hashed (SHA-256) first, so neither the content
 * nor the length of the configured token leaks through timing.
 */
final class Tokens {
  private Tokens() {}

  static boolean matches(Secret configured, String presented) {
    if (!configured.isPresent() || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(sha256(configured.reveal()), sha256(presented));
  }

  /** The token of an {@code Authorization: Bearer <token>} header, or null. */
  static String bearer(String header) {
    if (header == null) {
      return null;
    }
    String h = header.strip();
    if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return h.substring(7).strip();
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
