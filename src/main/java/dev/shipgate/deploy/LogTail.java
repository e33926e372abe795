package dev.shipgate.deploy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end (a service log may be large). */
public final class LogTail {
  private static final int CHUNK = 64 * 1024;

  private LogTail() {}

  /** Up to {@code n} last lines; empty when the file does not exist. */
  public static List<String> last(Path file, int n) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long len = f.length();
      long from = Math.max(0, len - CHUNK);
      byte[] b = new byte[(int) (len - from)];
      f.seek(from);
      f.readFully(b);
      List<String> lines =
          new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\r?\n", -1)));
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      if (from > 0 && !lines.isEmpty()) {
        lines.remove(0); // cut in the middle
      }
      return List.copyOf(lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException e) {
      return List.of();
    }
  }
}
