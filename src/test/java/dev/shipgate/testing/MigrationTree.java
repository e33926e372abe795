package dev.shipgate.testing;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.rules.MigrationLinter;
import dev.shipgate.migrations.scan.MigrationScanner;
import dev.shipgate.migrations.scan.SkipList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds migration directories in a temp dir and lints them with the real scanner and rules. */
public final class MigrationTree {
  private final Path dir;

  private MigrationTree(Path dir) {
    this.dir = dir;
  }

  public static MigrationTree in(Path dir) {
    return new MigrationTree(dir);
  }

  public Path dir() {
    return dir;
  }

  /** Writes each file with a harmless statement. */
  public MigrationTree files(String... names) {
    for (String n : names) {
      file(n, "SELECT 1;\n");
    }
    return this;
  }

  public MigrationTree file(String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MigrationSet scan(MigrationLayout layout) {
    return MigrationScanner.scan(dir, layout, SkipList.none());
  }

  public List<Finding> lint(MigrationLayout layout) {
    return MigrationLinter.lint(scan(layout));
  }

  public List<Finding> lint(MigrationLayout layout, String... skip) {
    return MigrationLinter.lint(MigrationScanner.scan(dir, layout, SkipList.of(List.of(skip))));
  }

  /** Findings of one rule, as "file name: message". */
  public static List<Finding> only(List<Finding> findings, Rule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  public static List<String> files(List<Finding> findings) {
    return findings.stream().map(f -> f.path().getFileName().toString()).toList();
  }
}
