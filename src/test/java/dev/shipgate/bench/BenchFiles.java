package dev.shipgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the database benchmarks share: the generated migration files and the median. */
final class BenchFiles {
  private BenchFiles() {}

  /** {@code files} small Flyway-named migrations ({@code CREATE TABLE} + {@code INSERT}). */
  static Path write(Path dir, int files) throws IOException {
    Files.createDirectories(dir);
    for (int i = 1; i <= files; i++) {
      Files.writeString(
          dir.resolve("V" + i + "__table_" + i + ".sql"),
          "CREATE TABLE t"
              + i
              + " (id INT PRIMARY KEY, name TEXT NOT NULL);\nINSERT INTO t"
              + i
              + " VALUES (1, 'row');\n");
    }
    return dir;
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
