package dev.shipgate.cli;

import static dev.shipgate.testing.CliRun.shipgate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path project;

  @Test
  void writesTheConfigAndPrintsNextSteps() throws IOException {
    Files.createDirectories(project.resolve("db/migrations"));
    Files.writeString(project.resolve("db/migrations/001_init.sql"), "create table a(id int);\n");
    shipgate("init", "--dir", project.toString())
        .exits(0)
        .outContains(
            "shipgate: wrote ",
            "(numbered SQL migrations in db/migrations (1 migration))",
            "Next steps",
            "runs-on: ubuntu-latest",
            "preDeployCommand: shipgate sentry");
    assertThat(project.resolve("shipgate.yaml")).exists();
  }

  @Test
  void existingConfigIsRefusedInOneLine() throws IOException {
    Files.writeString(project.resolve("shipgate.yaml"), "version: 1\n");
    shipgate("init", "--dir", project.toString())
        .exits(64)
        .oneLineError()
        .errContains("already exists", "--force");
    shipgate("init", "--dir", project.toString(), "--force").exits(0);
  }

  @Test
  void configOptionChoosesTheFileAndItsFolder() throws IOException {
    Path target = project.resolve("deploy/shipgate.yaml");
    Files.createDirectories(project.resolve("deploy/db/migrations"));
    Files.writeString(
        project.resolve("deploy/db/migrations/001_init.sql"), "create table a(id int);\n");
    shipgate("-c", target.toString(), "init").exits(0);
    assertThat(Files.readString(target)).contains("dir: db/migrations");
  }

  @Test
  void missingFolderIsInputMissing() {
    shipgate("init", "--dir", project.resolve("nope").toString()).exits(66).oneLineError();
  }
}
