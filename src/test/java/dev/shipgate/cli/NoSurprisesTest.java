package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15's "other things a user hits": each one, run the way a user runs it. */
class NoSurprisesTest {
  @TempDir Path dir;

  private String config(String yaml) throws Exception {
    Path f = dir.resolve("shipgate.yaml");
    Files.writeString(f, yaml);
    return f.toString();
  }

  @Test
  void globalOptionsAreAcceptedAfterTheCommandName() throws Exception {
    String c = config("version: 1\nmigrations: {dir: nope-missing}\nbogus: 1\n");
    CliRun.withEmptyEnv()
        .run("lint", "-c", c)
        .exits(78)
        .oneLineError()
        .errContains("unknown key 'bogus'");
    CliResult verbose = CliRun.withEmptyEnv().run("lint", "migrations", "--verbose", "-c", c, ".");
    assertThat(verbose.exitCode()).isEqualTo(78);
    assertThat(verbose.err()).contains("unknown key 'bogus'", "\tat ");
  }

  @Test
  void verifyWithNothingConfiguredFailsLikeCheckInsteadOfPassing() throws Exception {
    String c = config("version: 1\nproject: p\n");
    CliRun.withEmptyEnv()
        .run("-c", c, "verify")
        .exits(78)
        .oneLineError()
        .errContains("nothing to verify");
    CliRun.withEmptyEnv().run("-c", c, "check").exits(78).errContains("nothing to check");
  }

  @Test
  void enumValuesAreAcceptedOnlyByName() throws Exception {
    for (String v : new String[] {"3", "'3'", "1"}) {
      CliRun.withEmptyEnv()
          .run("-c", config("version: 1\nmigrations: {dir: db, layout: " + v + "}\n"), "lint")
          .exits(78)
          .oneLineError()
          .errContains("migrations.layout", "must be one of: auto,");
      CliRun.withEmptyEnv()
          .run("-c", config("version: 1\nmigrations: {dir: db, apply: " + v + "}\n"), "lint")
          .exits(78)
          .errContains("migrations.apply");
    }
  }

  @Test
  void aHugeDurationIsAUsageErrorWithAMessage() {
    CliRun.withEmptyEnv()
        .run("wait", "--timeout", "100000000000000000d", dir.toString())
        .exits(64)
        .oneLineError()
        .errContains("too long; the most shipgate accepts is 365d");
    CliRun.withEmptyEnv()
        .run("check", "--timeout", "99999999999999999999999ms")
        .exits(64)
        .oneLineError()
        .errContains("too long");
  }

  @Test
  void aHugeDurationInTheConfigIsAConfigErrorNamingTheKey() throws Exception {
    CliRun.withEmptyEnv()
        .run(
            "-c",
            config("version: 1\nmigrations: {dir: db, lockTimeout: 100000000000000000d}\n"),
            "lint")
        .exits(78)
        .oneLineError()
        .errContains(":2:", "migrations.lockTimeout", "too long");
  }

  @Test
  void lintCiRefusesAFileThatIsNotAWorkflow() throws Exception {
    Path passwd = dir.resolve("passwd");
    Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/bin/sh\n");
    CliResult r = CliRun.withEmptyEnv().run("lint", "ci", passwd.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("not a CI file").doesNotContain("OK");
    Path yaml = dir.resolve("settings.yml");
    Files.writeString(yaml, "name: settings\nvalues: {a: 1}\n");
    assertThat(CliRun.withEmptyEnv().run("lint", "ci", yaml.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void lintCiStillAcceptsAGitlabFileByContentUnderAnyName() throws Exception {
    Path gl = dir.resolve("pipeline.yml");
    Files.writeString(gl, "stages: [test]\ntest:\n  stage: test\n  script: [npm test]\n");
    CliRun.withEmptyEnv().run("lint", "ci", gl.toString()).exits(0);
  }

  @Test
  void aConfigSymlinkLoopSaysItIsALoopNotThatTheFileIsMissing() throws Exception {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    CliRun.withEmptyEnv()
        .run("-c", a.toString(), "lint")
        .exits(78)
        .oneLineError()
        .errContains("symbolic link that does not resolve");
  }
}
