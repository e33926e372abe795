package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.JarRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the working directory decides: which shipgate.yaml is read, and when it is ignored. */
class WorkingDirectoryIT {
  @TempDir Path dir;

  @Test
  void commandsThatNeedNoConfigIgnoreABrokenOneAndSaySoWithVerbose() throws Exception {
    Files.writeString(dir.resolve("shipgate.yaml"), "version: 1\nbogus: [\n");
    Path ready = Files.writeString(dir.resolve("ready"), "");
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(dir.resolve("db/001_a.sql"), "create table a (id int);\n");

    JarRun.run(dir, Map.of(), "wait", "--timeout", "5s", ready.toString()).exits(0);
    CliResult verbose = JarRun.run(dir, Map.of(), "wait", "--verbose", ready.toString());
    verbose.exits(0).errContains("ignored the config", "shipgate.yaml:");
    JarRun.run(dir, Map.of(), "lint", "migrations", "db").exits(0);
    // a command that needs the config still stops on it
    JarRun.run(dir, Map.of(), "lint").exits(78).oneLineError();
  }

  @Test
  void lintAndHookFindTheConfigFromASubfolderOfTheRepository() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve("shipgate.yaml"), "version: 1\nmigrations: {dir: db}\n");
    Files.createDirectories(repo.resolve("db"));
    Files.writeString(repo.resolve("db/001_a.sql"), "create table a (id int);\n");
    Files.writeString(repo.resolve("db/003_c.sql"), "create table c (id int);\n");
    Path sub = Files.createDirectories(repo.resolve("backend/src"));

    CliResult r = JarRun.run(sub, Map.of(), "lint");
    assertThat(r.out()).contains("001_a.sql").contains("version-gap");
  }
}
