package dev.shipgate.hook;

import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Adds or removes shipgate's block in the repository's pre-commit hook: {@code .husky/pre-commit}
 * when the repository uses husky, else the hook in git's hooks path (which honours {@code
 * core.hooksPath}). Existing hook content is kept; the block goes right after the shebang so an
 * {@code exit 0} later in the hook cannot skip it. Installing twice changes nothing.
 */
public final class HookInstaller {
  /** What an install or uninstall did. */
  public enum Action {
    INSTALLED,
    UPDATED,
    UNCHANGED,
    REMOVED,
    NOT_INSTALLED
  }

  public record Result(Path hookFile, Action action) {}

  private HookInstaller() {}

  /**
   * @param migrationDir absolute migration directory (must be inside the repository)
   * @param configFile absolute config file, or null
   * @param command shell words that run shipgate, already quoted for sh
   */
  public static Result install(Path workDir, Path migrationDir, Path configFile, String command) {
    GitRepo repo = GitRepo.find(workDir);
    String dir = repo.relative(migrationDir, "the migration directory");
    String cfg = configFile == null ? null : repo.relative(configFile, "the config file");
    String block = HookBlock.render(dir, cfg, command);
    Path hook = repo.preCommitHook();
    try {
      String existing = Files.exists(hook) ? Files.readString(hook, StandardCharsets.UTF_8) : null;
      Action action;
      String updated;
      if (existing == null) {
        updated = (repo.usesHusky() ? "" : "#!/bin/sh\n") + block;
        action = Action.INSTALLED;
      } else {
        requireShell(hook, existing);
        String without = HookText.removeBlock(existing);
        if (!without.equals(existing) && existing.contains(block)) {
          return new Result(hook, Action.UNCHANGED);
        }
        updated = HookText.insertAfterShebang(without, block);
        action = without.equals(existing) ? Action.INSTALLED : Action.UPDATED;
      }
      Files.createDirectories(hook.getParent());
      Files.writeString(hook, updated, StandardCharsets.UTF_8);
      makeExecutable(hook);
      return new Result(hook, action);
    } catch (IOException e) {
      throw ShipgateException.inputMissing(
          "cannot write " + hook + ": " + e.getMessage() + " (check permissions)");
    }
  }

  public static Result uninstall(Path workDir) {
    GitRepo repo = GitRepo.find(workDir);
    Path hook = repo.preCommitHook();
    try {
      if (!Files.exists(hook)) {
        return new Result(hook, Action.NOT_INSTALLED);
      }
      String existing = Files.readString(hook, StandardCharsets.UTF_8);
      String without = HookText.removeBlock(existing);
      if (without.equals(existing)) {
        return new Result(hook, Action.NOT_INSTALLED);
      }
      if (HookText.isEmptyScript(without)) {
        Files.delete(hook);
      } else {
        Files.writeString(hook, without, StandardCharsets.UTF_8);
      }
      return new Result(hook, Action.REMOVED);
    } catch (IOException e) {
      throw ShipgateException.inputMissing(
          "cannot update " + hook + ": " + e.getMessage() + " (check permissions)");
    }
  }

  private static void requireShell(Path hook, String existing) {
    String first = existing.lines().findFirst().orElse("");
    if (first.startsWith("#!")
        && !first.matches(
            "#!\\s*(/usr/bin/env\\s+)?(/bin/|/usr/bin/|/usr/local/bin/)?(sh|bash|dash|zsh|ksh)(\\s.*)?")) {
      throw ShipgateException.usage(
          hook
              + " is not a shell script ("
              + first
              + "); add a step that runs `shipgate lint migrations <dir>` to it yourself");
    }
  }

  private static void makeExecutable(Path hook) throws IOException {
    try {
      Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(hook));
      perms.addAll(
          Set.of(
              PosixFilePermission.OWNER_EXECUTE,
              PosixFilePermission.GROUP_EXECUTE,
              PosixFilePermission.OTHERS_EXECUTE));
      Files.setPosixFilePermissions(hook, perms);
    } catch (UnsupportedOperationException e) {
      hook.toFile().setExecutable(true);
    }
  }
}
