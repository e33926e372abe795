package dev.shipgate.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes written as a number and a unit: {@code 500KB}, {@code 50MB}, {@code 1GB}. */
public record ByteSize(long bytes) {
  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)");

  public ByteSize {
    if (bytes < 0) {
      throw new IllegalArgumentException("a size cannot be negative");
    }
  }

  /**
   * @throws IllegalArgumentException naming the accepted forms
   */
  @JsonCreator
  public static ByteSize parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size; write a number and a unit: 500KB, 50MB, 1GB");
    }
    long n = Long.parseLong(m.group(1));
    long unit =
        switch (m.group(2)) {
          case "KB" -> 1024L;
          case "MB" -> 1024L * 1024;
          case "GB" -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    return new ByteSize(Math.multiplyExact(n, unit));
  }

  public static ByteSize mb(long n) {
    return new ByteSize(n * 1024 * 1024);
  }

  @Override
  public String toString() {
    if (bytes % (1024L * 1024) == 0 && bytes > 0) {
      return bytes / (1024L * 1024) + "MB";
    }
    return bytes % 1024 == 0 && bytes > 0 ? bytes / 1024 + "KB" : bytes + "B";
  }
}
