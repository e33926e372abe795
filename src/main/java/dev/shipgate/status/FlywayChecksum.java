package dev.shipgate.status;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Flyway's checksum of an SQL migration: the file decoded as UTF-8 with a leading byte-order mark
 * removed, read line by line as {@code BufferedReader.readLine} does (so {@code \n}, {@code \r\n}
 * and {@code \r} all end a line and are not counted), each line's UTF-8 bytes fed to a CRC32, and
 * the result taken as a signed 32-bit int. Line endings therefore never change it.
 */
public final class FlywayChecksum {
  private FlywayChecksum() {}

  public static int of(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CRC32 crc = new CRC32();
    text.lines().forEach(line -> crc.update(line.getBytes(StandardCharsets.UTF_8)));
    return (int) crc.getValue();
  }
}
