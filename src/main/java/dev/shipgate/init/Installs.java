package dev.shipgate.init;

import dev.shipgate.config.MigrationLayout;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The dependency install a CI job needs before {@code shipgate sentry} can run the project's
 * migrator: Node packages for Prisma (from the {@code package.json} nearest the schema, with the
 * lock file's package manager), Python packages for Alembic (requirements file or project).
 */
final class Installs {
  private Installs() {}

  static String node(Path root, MigrationCandidate primary) {
    Path dir = null;
    if (primary != null && primary.layout() == MigrationLayout.PRISMA) {
      dir = nearest(root, primary.path(root), "package.json");
    }
    if (dir == null && Files.isRegularFile(root.resolve("package.json"))) {
      dir = root;
    }
    if (dir == null) {
      return null;
    }
    String install;
    if (Files.isRegularFile(dir.resolve("pnpm-lock.yaml"))) {
      install = "corepack enable && pnpm install --frozen-lockfile";
    } else if (Files.isRegularFile(dir.resolve("yarn.lock"))) {
      install = "corepack enable && yarn install";
    } else if (Files.isRegularFile(dir.resolve("package-lock.json"))) {
      install = "npm ci";
    } else {
      install = "npm install";
    }
    return dir.equals(root) ? install : "cd " + ProjectScanner.rel(root, dir) + " && " + install;
  }

  static String python(Path root, MigrationCandidate primary) {
    Path dir = null;
    if (primary != null && primary.layout() == MigrationLayout.ALEMBIC) {
      dir = nearest(root, primary.path(root), "requirements.txt");
      if (dir == null) {
        dir = nearest(root, primary.path(root), "pyproject.toml");
      }
      if (dir == null) {
        return "pip install alembic";
      }
    } else if (Files.isRegularFile(root.resolve("requirements.txt"))
        || Files.isRegularFile(root.resolve("pyproject.toml"))) {
      dir = root;
    }
    if (dir == null) {
      return null;
    }
    String prefix = dir.equals(root) ? "" : ProjectScanner.rel(root, dir) + "/";
    return Files.isRegularFile(dir.resolve("requirements.txt"))
        ? "pip install -r " + prefix + "requirements.txt"
        : "pip install ./" + prefix;
  }

  /** The folder nearest {@code from} (up to {@code root}) holding {@code file}, or null. */
  private static Path nearest(Path root, Path from, String file) {
    for (Path p = from; p != null && p.startsWith(root); p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(file))) {
        return p;
      }
    }
    return null;
  }
}
