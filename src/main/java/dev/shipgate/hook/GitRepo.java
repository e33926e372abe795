package dev.shipgate.hook;

import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The git repository around a directory, asked through the {@code git} command. */
final class GitRepo {
  private final Path top;
  private final Path hooksDir;

  private GitRepo(Path top, Path hooksDir) {
    this.top = top;
    this.hooksDir = hooksDir;
  }

  static GitRepo find(Path workDir) {
    String top = git(workDir, "rev-parse", "--show-toplevel");
    Path topPath = Path.of(top).toAbsolutePath().normalize();
    Path hooks = topPath.resolve(git(topPath, "rev-parse", "--git-path", "hooks")).normalize();
    return new GitRepo(topPath, hooks);
  }

  boolean usesHusky() {
    return Files.isDirectory(top.resolve(".husky"));
  }

  Path preCommitHook() {
    return usesHusky()
        ? top.resolve(".husky").resolve("pre-commit")
        : hooksDir.resolve("pre-commit");
  }

  /** {@code path} relative to the repository root, with '/'. */
  String relative(Path path, String what) {
    Path abs = path.toAbsolutePath().normalize();
    try {
      abs = abs.toRealPath();
    } catch (IOException e) {
      // keep the normalised path; it may not exist yet
    }
    Path realTop;
    try {
      realTop = top.toRealPath();
    } catch (IOException e) {
      realTop = top;
    }
    if (!abs.startsWith(realTop)) {
      throw ShipgateException.usage(
          what
              + " "
              + path
              + " is outside the repository "
              + top
              + "; the hook can only lint files git tracks");
    }
    String rel = realTop.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
    return rel.isEmpty() ? "." : rel;
  }

  private static String git(Path dir, String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "git";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw ShipgateException.inputMissing(
            "not inside a git repository ("
                + dir
                + "): run this from your repository, or `git init` first");
      }
      return out;
    } catch (IOException e) {
      throw ShipgateException.inputMissing(
          "git is not installed or not on PATH: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ShipgateException.inputMissing("interrupted while asking git about " + dir);
    }
  }
}
