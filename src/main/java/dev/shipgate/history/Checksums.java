package dev.shipgate.history;

import dev.shipgate.migrations.ledger.SumFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksums shipgate records: SHA-256 of a file's bytes, and SHA-256 of its bytes without
 * whitespace (the same definition as {@code shipgate.sum}'s {@code ws:}), which tells an edit that
 * only touched whitespace or line endings from a real one.
 */
public final class Checksums {
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(Checksums::newDigest);

  private Checksums() {}

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(SHA256.get().digest(bytes));
  }

  public static String sha256WithoutWhitespace(byte[] bytes) {
    return sha256(SumFile.withoutWhitespace(bytes));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
