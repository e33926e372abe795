package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black-box: the packaged jar run in a project folder, so "the working directory" is real: {@code
 * init} writes there, and {@code lint ci} / {@code lint} find the workflows from there or from a
 * sub-folder.
 */
class CiAndInitIT {

  @TempDir Path project;

  private record Run(int code, String out, String err) {}

  private Run run(Path cwd, String... args) throws IOException, InterruptedException {
    List<String> cmd = dev.shipgate.testing.ChildJvm.command(args);
    Path out = Files.createTempFile("sg-out", ".txt");
    Path err = Files.createTempFile("sg-err", ".txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(cwd.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private void write(String rel, String text) throws IOException {
    Path p = project.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void initThenLintInTheWorkingDirectory() throws Exception {
    Files.createDirectories(project.resolve(".git"));
    write("db/migrations/001_init.sql", "create table a(id int);\n");
    write("db/migrations/002_b.sql", "create table b(id int);\n");
    write(
        ".github/workflows/ci.yml",
        "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test || true\n");

    Run init = run(project, "init");
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out())
        .contains("shipgate: wrote shipgate.yaml (numbered SQL migrations in db/migrations");
    assertThat(project.resolve("shipgate.yaml")).exists();

    Run again = run(project, "init");
    assertThat(again.code()).isEqualTo(64);
    assertThat(again.err().strip().lines()).hasSize(1);

    Run lint = run(project, "lint", "--format", "json");
    assertThat(lint.code()).isEqualTo(1);
    assertThat(lint.out()).contains("\"rule\": \"ignored-failure\"", "\"line\": 6", "\"files\": 3");
  }

  @Test
  void lintCiWithoutPathFindsTheRepositoryFromASubfolder() throws Exception {
    Files.createDirectories(project.resolve(".git"));
    write(".gitlab-ci.yml", "test:\n  script:\n    - pytest\n  allow_failure: true\n");
    Path sub = Files.createDirectories(project.resolve("services/api"));
    Run r = run(sub, "lint", "ci");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("continue-on-error  line 4: job 'test'");
  }

  @Test
  void lintCiWithoutPathOrCiFilesIsOneLine() throws Exception {
    Files.createDirectories(project.resolve(".git"));
    Run r = run(project, "lint", "ci");
    assertThat(r.code()).isEqualTo(66);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("no CI files in");
  }
}
