package dev.shipgate.init;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code shipgate init} (C2): scans the project, writes the commented config, and returns what it
 * found with the next steps to print. An existing config is never overwritten without {@code
 * force}.
 */
public final class Init {
  /** What was written, what was found, and the next steps to show. */
  public record Result(Path written, Project project, String config, String nextSteps) {}

  private Init() {}

  public static Result run(Path projectDir, Path target, boolean force) {
    if (!Files.isDirectory(projectDir)) {
      throw ShipgateException.inputMissing(
          "project folder not found: " + DisplayPaths.of(projectDir) + " (check --dir)");
    }
    if (Files.exists(target) && !force) {
      throw ShipgateException.usage(
          DisplayPaths.of(target)
              + " already exists; keep it, or run `shipgate init --force` to overwrite it");
    }
    Project project = ProjectScanner.scan(projectDir);
    String config = ConfigTemplate.render(project);
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(target, config, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ShipgateException(
          ErrorCode.NOT_FOUND,
          "cannot write "
              + DisplayPaths.of(target)
              + ": "
              + e.getMessage()
              + " (check permissions)",
          e);
    }
    return new Result(target, project, config, NextSteps.render(project));
  }
}
