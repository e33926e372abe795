package dev.shipgate.ci.realworld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs git against a bare mirror ({@code git --git-dir=DIR ...}) and returns its output. */
final class Git {
  private Git() {}

  static String run(Path gitDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git", "--git-dir=" + gitDir));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed in " + gitDir);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
