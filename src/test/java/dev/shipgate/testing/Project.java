package dev.shipgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throw-away project directory: shipgate.yaml plus a migration directory {@code db/}. */
public final class Project {
  private final Path root;

  private Project(Path root) {
    this.root = root;
  }

  /**
   * A project whose config reads the URL from DATABASE_URL and the migrations from db/.
   *
   * @param extraYaml more top-level or nested YAML (appended verbatim)
   */
  public static Project create(Path root, String extraYaml) {
    return create(root, "", extraYaml);
  }

  /**
   * @param migrationsYaml more keys under {@code migrations:}, each line indented two spaces
   */
  public static Project create(Path root, String migrationsYaml, String extraYaml) {
    Project p = new Project(root);
    p.write(
        "shipgate.yaml",
        "version: 1\n"
            + "database:\n"
            + "  url: ${DATABASE_URL}\n"
            + "  connect: {attempts: 1, timeout: 30s}\n"
            + "migrations:\n"
            + "  dir: db\n"
            + migrationsYaml
            + extraYaml);
    try {
      Files.createDirectories(root.resolve("db"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  public Path root() {
    return root;
  }

  public String config() {
    return root.resolve("shipgate.yaml").toString();
  }

  public Path db() {
    return root.resolve("db");
  }

  /** Writes {@code db/<name>}. */
  public Project migration(String name, String sql) {
    return write("db/" + name, sql);
  }

  public Project write(String relative, String text) {
    try {
      Path f = root.resolve(relative);
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public Project delete(String relative) {
    try {
      Files.delete(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
