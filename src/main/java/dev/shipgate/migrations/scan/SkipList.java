package dev.shipgate.migrations.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** `migrations.skip`: file names or globs (matched against the name) that are never applied. */
public final class SkipList {
  private final List<PathMatcher> matchers;

  private SkipList(List<PathMatcher> matchers) {
    this.matchers = matchers;
  }

  public static SkipList of(List<String> patterns) {
    return new SkipList(
        patterns.stream().map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList());
  }

  public static SkipList none() {
    return new SkipList(List.of());
  }

  public boolean matches(String name) {
    if (matchers.isEmpty()) {
      return false;
    }
    Path p = Path.of(name);
    return matchers.stream().anyMatch(m -> m.matches(p));
  }
}
