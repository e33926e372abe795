package dev.shipgate.migrations.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The first bytes of a file as text, for telling layouts and tools apart; "" when unreadable. */
final class Sniff {
  static final int HEAD = 4096;

  private Sniff() {}

  static String head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
