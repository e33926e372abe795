package dev.shipgate.migrations;

import static dev.shipgate.testing.MigrationTree.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.testing.MigrationTree;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never crashes the lint: each case gives a finding or nothing, never an exception. */
class BadInputTest {
  @TempDir Path dir;

  @Test
  void binaryFileIsReportedNotParsed() throws IOException {
    MigrationTree.in(dir).files("01_a.sql");
    Files.write(dir.resolve("02_blob.sql"), new byte[] {'S', 0, 1, 2, (byte) 0xff});
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.NUMBERED);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(Rule.UNREADABLE_FILE);
              assertThat(x.message()).contains("binary");
            });
  }

  @Test
  void nonUtf8TextIsStillScanned() throws IOException {
    Files.write(
        dir.resolve("01_latin1.sql"),
        "-- caf\u00e9\nDROP SCHEMA x;\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(only(MigrationTree.in(dir).lint(MigrationLayout.NUMBERED), Rule.DESTRUCTIVE_FILE))
        .singleElement()
        .extracting(Finding::line)
        .isEqualTo(2);
  }

  @Test
  void emptyDirectoryHasNoFindings() {
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.AUTO)).isEmpty();
  }

  @Test
  void danglingSymlinkIsUnreadable() throws IOException {
    MigrationTree.in(dir).files("01_a.sql");
    Files.createSymbolicLink(dir.resolve("02_gone.sql"), dir.resolve("nowhere.sql"));
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.NUMBERED))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(Rule.UNREADABLE_FILE);
              assertThat(x.path().getFileName().toString()).isEqualTo("02_gone.sql");
            });
  }

  @Test
  void unreadableFileIsReported() throws IOException {
    assumeFalse(
        "root".equals(System.getProperty("user.name")), "root reads files whatever their mode");
    MigrationTree.in(dir).files("01_a.sql");
    Files.setPosixFilePermissions(
        dir.resolve("01_a.sql"), PosixFilePermissions.fromString("---------"));
    assertThat(MigrationTree.in(dir).lint(MigrationLayout.NUMBERED))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("permission denied"));
  }

  @Test
  void symlinkLoopInARecursiveLayoutIsReportedOnce() throws IOException {
    MigrationTree.in(dir).files("V1__a.sql", "sub/V2__b.sql");
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    List<Finding> f = MigrationTree.in(dir).lint(MigrationLayout.FLYWAY);
    assertThat(f)
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("symbolic link loop"));
  }

  @Test
  void fiftyMegabyteFileIsScannedToTheEnd() throws IOException {
    Path big = dir.resolve("01_big.sql");
    byte[] line =
        "INSERT INTO t VALUES (1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');\n"
            .getBytes(StandardCharsets.US_ASCII);
    int lines = 50 * 1024 * 1024 / line.length;
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < lines; i++) {
        out.write(line);
      }
      out.write("DROP DATABASE app;\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(only(MigrationTree.in(dir).lint(MigrationLayout.NUMBERED), Rule.DESTRUCTIVE_FILE))
        .singleElement()
        .extracting(Finding::line)
        .isEqualTo(lines + 1);
  }
}
