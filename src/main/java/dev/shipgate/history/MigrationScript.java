package dev.shipgate.history;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.migrations.MigrationFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A migration file's content and checksums: SHA-256 of the bytes (hex), computed when loaded, and
 * SHA-256 without whitespace, computed only when asked (it is needed only to explain a mismatch).
 */
public final class MigrationScript {
  private final MigrationFile file;
  private final byte[] bytes;
  private final String checksum;
  private volatile String wsChecksum;

  private MigrationScript(MigrationFile file, byte[] bytes) {
    this.file = file;
    this.bytes = bytes;
    this.checksum = Checksums.sha256(bytes);
  }

  public static MigrationScript load(MigrationFile file) {
    try {
      return new MigrationScript(file, Files.readAllBytes(file.path()));
    } catch (IOException e) {
      throw new ShipgateException(
          ErrorCode.NOT_FOUND,
          "cannot read " + DisplayPaths.of(file.path()) + ": " + e.getMessage(),
          e);
    }
  }

  /** Loads many files on all cores (reading and hashing 1,000 files is most of a status run). */
  public static Map<MigrationFile, MigrationScript> loadAll(List<MigrationFile> files) {
    Map<MigrationFile, MigrationScript> out = new ConcurrentHashMap<>();
    files.parallelStream().forEach(f -> out.put(f, load(f)));
    return new HashMap<>(out);
  }

  public MigrationFile file() {
    return file;
  }

  public byte[] bytes() {
    return bytes;
  }

  public String checksum() {
    return checksum;
  }

  public String wsChecksum() {
    String ws = wsChecksum;
    if (ws == null) {
      ws = Checksums.sha256WithoutWhitespace(bytes);
      wsChecksum = ws;
    }
    return ws;
  }

  /** The text, UTF-8, without a byte-order mark. */
  public String text() {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
