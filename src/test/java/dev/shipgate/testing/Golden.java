package dev.shipgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. A missing golden file fails the test; only
 * {@code -Dgolden.update=true} writes them (then review the diff before committing).
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual);
      }
      assertThat(file)
          .as("golden file %s is missing: run with -Dgolden.update=true and review it", file)
          .exists();
      assertThat(actual).as("output vs %s", file).isEqualTo(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
