package dev.shipgate.history;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ExitCode;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.migrations.MigrationFile;
import java.io.IOException;
import java.nio.file.Files;

/**
 * A migration file's content and checksums.
 *
 * @param checksum SHA-256 of the bytes (hex)
 * @param wsChecksum SHA-256 of the bytes without whitespace (hex)
 */
public record MigrationScript(
    MigrationFile file, byte[] bytes, String checksum, String wsChecksum) {
  public static MigrationScript load(MigrationFile file) {
    try {
      byte[] bytes = Files.readAllBytes(file.path());
      return new MigrationScript(
          file, bytes, Checksums.sha256(bytes), Checksums.sha256WithoutWhitespace(bytes));
    } catch (IOException e) {
      throw new ShipgateException(
          ExitCode.INPUT_MISSING,
          "cannot read " + DisplayPaths.of(file.path()) + ": " + e.getMessage(),
          e);
    }
  }

  /** The text, UTF-8, without a byte-order mark. */
  public String text() {
    String s = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
