package dev.shipgate.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts the packaged jar in a child JVM, the same for every black-box test.
 * Like the launcher it uses the C1 compiler only and a class-data archive ({@code
 * target/it-cds.jsa}, recorded by the build before the ITs from {@code CacheTraining}), which
 * halves a child's start-up CPU (semantics do not depend on the JIT, so serve and monitor children
 * use C1 too). JVM logging is off so that no JVM warning ever lands in the stderr a test reads.
 */
public final class ChildJvm {
  private static final Path JAR = Path.of("target", "shipgate.jar").toAbsolutePath();
  private static final Path ARCHIVE = Path.of("target", "it-cds.jsa").toAbsolutePath();

  private ChildJvm() {}

  public static Path jar() {
    return JAR;
  }

  /** {@code java [options] -jar target/shipgate.jar}, ready for the command's arguments. */
  public static List<String> command(List<String> jvmOptions, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xlog:disable");
    cmd.add("-XX:TieredStopAtLevel=1");
    if (Files.isRegularFile(ARCHIVE) && Files.isRegularFile(JAR)) {
      cmd.add("-XX:SharedArchiveFile=" + ARCHIVE);
    }
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(args);
    return cmd;
  }

  public static List<String> command(String... args) {
    return command(List.of(), List.of(args));
  }
}
