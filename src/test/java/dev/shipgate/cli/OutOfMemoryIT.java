package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big migrations in a small heap: SQL is streamed, so an 80 MB file lints (ledger included) in 48
 * MB; what must be read whole (an Alembic revision is Python the scanner parses) and does not fit
 * is one line naming the file and SHIPGATE_JAVA_OPTS, exit 70.
 */
class OutOfMemoryIT {
  private static final int ROWS = 1_200_000; // about 80 MB
  @TempDir Path dir;

  private record Run(int exit, String stdout, String stderr) {}

  private Run lint(String... args) throws Exception {
    Path err = dir.resolve("err.txt");
    Path out = dir.resolve("out.txt");
    List<String> cmd = dev.shipgate.testing.ChildJvm.command(List.of("-Xmx48m"), List.of(args));
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectError(err.toFile())
            .redirectOutput(out.toFile())
            .start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static void writeRows(BufferedWriter w) throws Exception {
    String row =
        "INSERT INTO t VALUES (1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');\n";
    for (int i = 0; i < ROWS; i++) {
      w.write(row);
    }
  }

  @Test
  void anSqlMigrationLargerThanTheHeapIsStreamedByTheContentRulesAndTheLedger() throws Exception {
    Path db = Files.createDirectories(dir.resolve("db"));
    Path big = db.resolve("001_big.sql");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("CREATE TABLE t (id int, v text);\n");
      writeRows(w);
    }
    Run written = lint("lint", "migrations", "--update-sum", db.toString());
    assertThat(written.exit()).as(written.stderr()).isZero();
    assertThat(db.resolve("shipgate.sum")).exists();
    Run clean = lint("lint", "migrations", db.toString());
    assertThat(clean.exit()).as(clean.stdout() + clean.stderr()).isZero();

    Files.writeString(big, "DROP SCHEMA app CASCADE;\n", StandardOpenOption.APPEND);
    Run changed = lint("lint", "migrations", "--format", "json", db.toString());
    assertThat(changed.exit()).as(changed.stderr()).isEqualTo(1);
    assertThat(changed.stdout())
        .contains("\"destructive-file\"", "\"line\": " + (ROWS + 2), "\"checksum-mismatch\"");
    assertThat(changed.stderr()).doesNotContain("OutOfMemoryError", "\tat ");
  }

  @Test
  void aRevisionLargerThanTheHeapIsOneLineNamingTheFileAndTheHeapOption() throws Exception {
    Path versions = Files.createDirectories(dir.resolve("alembic").resolve("versions"));
    Path big = versions.resolve("ab12cd34ef56_big.py");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write(
          "revision = 'ab12cd34ef56'\ndown_revision = None\n\n\ndef upgrade():\n    op.execute('''\n");
      writeRows(w);
      w.write("''')\n\n\ndef downgrade():\n    pass\n");
    }
    Run run = lint("lint", "migrations", "--layout", "alembic", dir.resolve("alembic").toString());
    assertThat(run.exit()).as(run.stderr()).isEqualTo(70);
    assertThat(run.stderr().strip().lines().count()).as(run.stderr()).isEqualTo(1);
    assertThat(run.stderr())
        .contains("out of memory", "ab12cd34ef56_big.py", "SHIPGATE_JAVA_OPTS=-Xmx");
    assertThat(run.stderr()).doesNotContain("\tat ", "OutOfMemoryError");
  }
}
