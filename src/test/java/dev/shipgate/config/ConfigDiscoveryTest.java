package dev.shipgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDiscoveryTest {
  @TempDir Path dir;

  @Test
  void theNearestParentUpToTheRepositoryRootHoldsTheConfig() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve("shipgate.yaml"), "version: 1\n");
    Path deep = Files.createDirectories(repo.resolve("backend/src/db"));
    assertThat(ConfigLoader.discover(deep)).contains(repo.resolve("shipgate.yaml"));
  }

  @Test
  void theNearestOneWins() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve("shipgate.yaml"), "version: 1\n");
    Path backend = Files.createDirectories(repo.resolve("backend"));
    Files.writeString(backend.resolve("shipgate.yaml"), "version: 1\n");
    Path deep = Files.createDirectories(backend.resolve("src"));
    assertThat(ConfigLoader.discover(deep)).contains(backend.resolve("shipgate.yaml"));
  }

  @Test
  void nothingAboveTheRepositoryRootIsRead() throws Exception {
    Files.writeString(dir.resolve("shipgate.yaml"), "version: 1\n");
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(repo.resolve(".git"), "gitdir: elsewhere\n"); // a worktree's .git file
    Path sub = Files.createDirectories(repo.resolve("sub"));
    assertThat(ConfigLoader.discover(sub)).isEmpty();
  }

  @Test
  void outsideARepositoryOnlyTheFolderItselfCounts() throws Exception {
    Files.writeString(dir.resolve("shipgate.yaml"), "version: 1\n");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    assertThat(ConfigLoader.discover(dir)).contains(dir.resolve("shipgate.yaml"));
    // /tmp is not a repository, so the parent's file is not picked up from a subfolder
    if (!Files.exists(dir.getRoot().resolve(".git"))) {
      assertThat(ConfigLoader.discover(sub)).isEmpty();
    }
  }
}
