package dev.shipgate.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a configuration came from: the file (absent when running on defaults), the directory
 * relative paths resolve against, and the line of every key, so later checks can say {@code
 * shipgate.yaml:12: ...}.
 */
public final class ConfigSource {
  private final Path file;
  private final Path baseDir;
  private final LineIndex lines;

  ConfigSource(Path file, Path baseDir, LineIndex lines) {
    this.file = file;
    this.baseDir = baseDir;
    this.lines = lines;
  }

  static ConfigSource none() {
    return new ConfigSource(null, Path.of("").toAbsolutePath(), LineIndex.EMPTY);
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  public Path baseDir() {
    return baseDir;
  }

  /** Resolves a path the user wrote in the config against the config file's directory. */
  public Path resolve(Path path) {
    return baseDir.resolve(path).normalize();
  }

  /**
   * "file:line" of the key at the given path (e.g. {@code "lint", "rules", "version-gap"}), or just
   * the file name when the key has no recorded line.
   */
  public String where(Object... path) {
    String name = file == null ? "shipgate.yaml" : file.toString();
    int line = lines.lineOf(List.of(path));
    return line > 0 ? name + ":" + line : name;
  }

  String rawScalar(List<Object> path) {
    return lines.rawScalar(path);
  }

  @Override
  public String toString() {
    return file == null ? "(defaults)" : file.toString();
  }
}
