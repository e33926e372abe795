package dev.shipgate.core;

import java.nio.file.Path;

/** Renders paths for users: relative to the working directory when under it, with '/'. */
public final class DisplayPaths {
  private DisplayPaths() {}

  public static String of(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path shown = abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs;
    String s = shown.toString();
    return java.io.File.separatorChar == '/' ? s : s.replace(java.io.File.separatorChar, '/');
  }
}
