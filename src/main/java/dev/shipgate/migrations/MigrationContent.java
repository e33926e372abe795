package dev.shipgate.migrations;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A migration file's bytes and text, read without ever throwing: an unreadable or binary file
 * yields a {@link #problem()} finding instead. Text that is not valid UTF-8 is decoded with
 * replacement characters, so content rules still work on Latin-1 files.
 */
public record MigrationContent(Path path, byte[] bytes, String text, Finding problem) {
  private static final int BINARY_PROBE = 8192;

  public static MigrationContent read(Path path) {
    byte[] bytes;
    dev.shipgate.core.MemoryUse.reading(path);
    try {
      bytes = Files.readAllBytes(path);
    } catch (AccessDeniedException e) {
      return failed(
          path,
          "cannot read: permission denied; lint cannot vouch for what it holds",
          "make it readable (chmod a+r) or remove it");
    } catch (IOException e) {
      return failed(path, "cannot read: " + e.getMessage(), "check the file system, then rerun");
    }
    int probe = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return new MigrationContent(
            path,
            bytes,
            "",
            Finding.of(
                Rule.UNREADABLE_FILE,
                path,
                null,
                "binary content (NUL bytes): not a text migration; a runner would fail or apply garbage",
                "replace it with the SQL text it should hold, or move it out of the migration directory"));
      }
    }
    return new MigrationContent(path, bytes, new String(bytes, StandardCharsets.UTF_8), null);
  }

  private static MigrationContent failed(Path path, String message, String hint) {
    return new MigrationContent(
        path, new byte[0], "", Finding.of(Rule.UNREADABLE_FILE, path, null, message, hint));
  }
}
