package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration larger than the heap: one line naming the file and SHIPGATE_JAVA_OPTS, exit 70. */
class OutOfMemoryIT {
  @TempDir Path dir;

  @Test
  void aMigrationLargerThanTheHeapIsOneLineNamingTheFileAndTheHeapOption() throws Exception {
    Path db = Files.createDirectories(dir.resolve("db"));
    Path big = db.resolve("001_big.sql");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      String row =
          "INSERT INTO t VALUES (1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');\n";
      for (int i = 0; i < 1_200_000; i++) { // about 80 MB
        w.write(row);
      }
    }
    Path jar = Path.of("target", "shipgate.jar").toAbsolutePath();
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx48m",
                    "-jar",
                    jar.toString(),
                    "lint",
                    "migrations",
                    db.toString()))
            .directory(dir.toFile())
            .redirectError(err.toFile())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(err);
    assertThat(p.exitValue()).as(stderr).isEqualTo(70);
    assertThat(stderr.strip().lines().count()).as(stderr).isEqualTo(1);
    assertThat(stderr).contains("out of memory", "001_big.sql", "SHIPGATE_JAVA_OPTS=-Xmx");
    assertThat(stderr).doesNotContain("\tat ", "OutOfMemoryError");
  }
}
