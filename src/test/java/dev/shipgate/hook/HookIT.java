package dev.shipgate.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.core.ShipgateException;
import dev.shipgate.testing.MigrationTree;
import dev.shipgate.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-commit hook in a real temporary git repository, committing for real. */
class HookIT {
  @TempDir Path repo;
  private final Map<String, String> env = new HashMap<>();
  private Path migrations;

  @BeforeEach
  void gitRepositoryWithMigrations() throws IOException {
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "t");
    env.put("GIT_AUTHOR_EMAIL", "t@example.org");
    env.put("GIT_COMMITTER_NAME", "t");
    env.put("GIT_COMMITTER_EMAIL", "t@example.org");
    env.put("SHIPGATE", Processes.shipgateJarShell());
    git("init", "-q", "-b", "main");
    migrations = repo.resolve("db/migrations");
    MigrationTree.in(migrations).files("01_init.sql", "02_users.sql");
    Files.writeString(
        repo.resolve("shipgate.yaml"), "version: 1\nmigrations: {dir: db/migrations}\n");
    git("add", ".");
    git("commit", "-q", "-m", "init");
  }

  private Processes.Result git(String... args) {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    return Processes.run(repo, env, cmd);
  }

  private Processes.Result commit(String message) {
    return git("commit", "-m", message);
  }

  private HookInstaller.Result install() {
    return HookInstaller.install(
        repo, migrations, repo.resolve("shipgate.yaml"), "shipgate-not-on-path");
  }

  private Path hook() {
    return repo.resolve(".git/hooks/pre-commit");
  }

  @Test
  void stagedBrokenMigrationBlocksTheCommitAndAFixedOnePasses() throws IOException {
    assertThat(install().action()).isEqualTo(HookInstaller.Action.INSTALLED);
    assertThat(Files.isExecutable(hook())).isTrue();

    MigrationTree.in(migrations).files("02_orders.sql");
    git("add", ".");
    Processes.Result blocked = commit("duplicate 02");
    assertThat(blocked.exitCode()).as(blocked.output()).isNotZero();
    assertThat(blocked.output()).contains("duplicate-version").contains("commit blocked");

    git("mv", "db/migrations/02_orders.sql", "db/migrations/03_orders.sql");
    Processes.Result ok = commit("orders");
    assertThat(ok.exitCode()).as(ok.output()).isZero();
  }

  @Test
  void theStagedSnapshotIsLintedNotTheWorkingTree() throws IOException {
    install();
    MigrationTree.in(migrations).files("03_orders.sql");
    git("add", ".");
    MigrationTree.in(migrations).files("03_unstaged_duplicate.sql");
    Processes.Result ok = commit("orders");
    assertThat(ok.exitCode()).as(ok.output()).isZero();
  }

  @Test
  void commitsThatDoNotTouchMigrationsDoNotRunTheLint() throws IOException {
    install();
    env.put("SHIPGATE", "false");
    Files.writeString(repo.resolve("README.md"), "hello\n");
    git("add", ".");
    assertThat(commit("docs").exitCode()).isZero();
  }

  @Test
  void existingHookContentIsKeptAndInstallingTwiceChangesNothing() throws IOException {
    Files.writeString(hook(), "#!/bin/bash\necho existing-hook-ran\nexit 0\n");
    install();
    String once = Files.readString(hook());
    assertThat(once)
        .startsWith("#!/bin/bash\n# >>> shipgate pre-commit >>>")
        .contains("echo existing-hook-ran\nexit 0\n");
    assertThat(install().action()).isEqualTo(HookInstaller.Action.UNCHANGED);
    assertThat(Files.readString(hook())).isEqualTo(once);

    MigrationTree.in(migrations).files("02_dup.sql");
    git("add", ".");
    Processes.Result blocked = commit("dup");
    assertThat(blocked.exitCode()).isNotZero();
    assertThat(blocked.output()).doesNotContain("existing-hook-ran");
  }

  @Test
  void uninstallRemovesOnlyOurBlock() throws IOException {
    Files.writeString(hook(), "#!/bin/sh\necho mine\n");
    install();
    assertThat(HookInstaller.uninstall(repo).action()).isEqualTo(HookInstaller.Action.REMOVED);
    assertThat(Files.readString(hook())).isEqualTo("#!/bin/sh\necho mine\n");
    assertThat(HookInstaller.uninstall(repo).action())
        .isEqualTo(HookInstaller.Action.NOT_INSTALLED);
  }

  @Test
  void uninstallDeletesAHookThatHeldNothingElse() {
    install();
    HookInstaller.uninstall(repo);
    assertThat(hook()).doesNotExist();
  }

  @Test
  void huskyRepositoriesGetTheBlockInHuskysHook() throws IOException {
    Files.createDirectories(repo.resolve(".husky"));
    Files.writeString(repo.resolve(".husky/pre-commit"), "npm test\n");
    HookInstaller.Result r = install();
    assertThat(r.hookFile()).isEqualTo(repo.resolve(".husky/pre-commit"));
    assertThat(Files.readString(r.hookFile()))
        .startsWith("# >>> shipgate pre-commit >>>")
        .endsWith("npm test\n");
  }

  @Test
  void nonShellHookIsRefusedWithAnInstruction() throws IOException {
    Files.writeString(hook(), "#!/usr/bin/env python3\nprint('hi')\n");
    assertThatThrownBy(this::install)
        .isInstanceOf(ShipgateException.class)
        .hasMessageContaining("not a shell script");
  }

  @Test
  void migrationDirectoryOutsideTheRepositoryIsRefused(@TempDir Path elsewhere) {
    assertThatThrownBy(() -> HookInstaller.install(repo, elsewhere, null, "x"))
        .isInstanceOf(ShipgateException.class)
        .hasMessageContaining("outside the repository");
  }

  @Test
  void cliInstallsFromTheRepositoryUsingTheConfig() {
    env.remove("SHIPGATE");
    List<String> cmd = new ArrayList<>(Processes.shipgateJar());
    cmd.addAll(List.of("hook", "install"));
    Processes.Result r = Processes.run(repo, env, cmd);
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("installed the pre-commit hook in .git/hooks/pre-commit");
    Processes.Result again = Processes.run(repo, env, cmd);
    assertThat(again.output()).contains("already installed");

    MigrationTree.in(migrations).files("02_dup.sql");
    git("add", ".");
    Processes.Result blocked = commit("dup");
    assertThat(blocked.exitCode()).as(blocked.output()).isNotZero();
    assertThat(blocked.output()).contains("duplicate-version");
  }

  @Test
  void outsideAGitRepositoryIsInputMissing(@TempDir Path plain) {
    assertThatThrownBy(() -> HookInstaller.uninstall(plain))
        .isInstanceOf(ShipgateException.class)
        .hasMessageContaining("not inside a git repository");
  }
}
