package dev.shipgate.migrations;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A migration file's bytes and text, read without ever throwing: an unreadable or binary file
 * yields a {@link #problem()} finding instead. Text that is not valid UTF-8 is decoded with
 * replacement characters, so content rules still work on Latin-1 files. Content rules over SQL
 * {@link #open stream} the file instead: a migration of any size then costs a buffer, not copies of
 * itself.
 */
public record MigrationContent(Path path, byte[] bytes, String text, Finding problem) {
  private static final int BINARY_PROBE = 8192;
  private static final String PERMISSION_DENIED =
      "cannot read: permission denied; lint cannot vouch for what it holds";
  private static final String PERMISSION_HINT = "make it readable (chmod a+r) or remove it";
  private static final String IO_HINT = "check the file system, then rerun";

  public static MigrationContent read(Path path) {
    byte[] bytes;
    dev.shipgate.core.MemoryUse.reading(path);
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return new MigrationContent(path, new byte[0], "", unreadable(path, e));
    }
    if (hasNul(bytes, Math.min(bytes.length, BINARY_PROBE))) {
      return new MigrationContent(path, bytes, "", binary(path));
    }
    return new MigrationContent(path, bytes, new String(bytes, StandardCharsets.UTF_8), null);
  }

  /** A file opened for streaming: a reader of its text, or the problem that stops reading it. */
  public record Opened(Reader reader, Finding problem) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (reader != null) {
        reader.close();
      }
    }
  }

  /**
   * Opens a migration for streaming, with the checks and decoding of {@link #read}: the same
   * problem finding for an unreadable or binary file, text decoded as UTF-8 with replacement.
   */
  public static Opened open(Path path) {
    dev.shipgate.core.MemoryUse.reading(path);
    InputStream in;
    byte[] head;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      return new Opened(null, unreadable(path, e));
    }
    try {
      head = in.readNBytes(BINARY_PROBE);
    } catch (IOException e) {
      closeQuietly(in);
      return new Opened(null, unreadable(path, e));
    }
    if (hasNul(head, head.length)) {
      closeQuietly(in);
      return new Opened(null, binary(path));
    }
    Reader reader =
        new InputStreamReader(
            new SequenceInputStream(new ByteArrayInputStream(head), in),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    return new Opened(reader, null);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was read from it that matters
    }
  }

  /** The {@code unreadable-file} finding for a file that could not be read. */
  public static Finding unreadable(Path path, IOException e) {
    return e instanceof AccessDeniedException
        ? Finding.of(Rule.UNREADABLE_FILE, path, null, PERMISSION_DENIED, PERMISSION_HINT)
        : Finding.of(Rule.UNREADABLE_FILE, path, null, "cannot read: " + e.getMessage(), IO_HINT);
  }

  private static boolean hasNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static Finding binary(Path path) {
    return Finding.of(
        Rule.UNREADABLE_FILE,
        path,
        null,
        "binary content (NUL bytes): not a text migration; a runner would fail or apply garbage",
        "replace it with the SQL text it should hold, or move it out of the migration directory");
  }
}
