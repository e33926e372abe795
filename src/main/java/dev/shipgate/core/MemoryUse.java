package dev.shipgate.core;

import java.nio.file.Path;

/**
 * The input a command is working on, so that running out of memory can be reported as one line
 * naming it ({@code cli.Cli} prints it) instead of a stack trace. Readers of large inputs call
 * {@link #reading} before they read.
 */
public final class MemoryUse {
  private static final ThreadLocal<Path> CURRENT = new ThreadLocal<>();

  private MemoryUse() {}

  /** {@code file} is what this thread reads and works on from now on. */
  public static void reading(Path file) {
    CURRENT.set(file);
  }

  /** The message for an out-of-memory: what was being read, and how to give shipgate more heap. */
  public static String message() {
    Path file = CURRENT.get();
    long size = -1;
    try {
      size = file == null ? -1 : java.nio.file.Files.size(file);
    } catch (java.io.IOException | RuntimeException e) {
      // the size is a detail
    }
    long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "out of memory"
        + (file == null
            ? ""
            : " while reading "
                + DisplayPaths.of(file)
                + (size >= 0 ? " (" + size / (1024 * 1024) + " MB)" : ""))
        + " with a heap of "
        + maxMb
        + " MB; give shipgate more, e.g. SHIPGATE_JAVA_OPTS=-Xmx"
        + Math.max(1024, maxMb * 4)
        + "m";
  }
}
