package dev.shipgate.migrations.corpus;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads files of one commit from a bare mirror with git itself ({@code ls-tree}, {@code cat-file
 * --batch}). Blobs the snapshot lacks (large files) are reported as absent, never as errors.
 */
final class GitTree {
  /** One regular file: its path in the repository and its bytes, null when the blob is absent. */
  record File(String path, byte[] bytes) {}

  private GitTree() {}

  static List<File> files(Path gitDir, String commit, String path) throws IOException {
    List<String[]> blobs = new ArrayList<>();
    String listing =
        new String(
            run(gitDir, null, "ls-tree", "-r", "-z", commit, "--", path), StandardCharsets.UTF_8);
    for (String rec : listing.split("\0")) {
      if (rec.isEmpty()) {
        continue;
      }
      int tab = rec.indexOf('\t');
      String[] meta = rec.substring(0, tab).split(" ");
      if (meta[1].equals("blob") && !meta[0].equals("120000")) {
        blobs.add(new String[] {meta[2], rec.substring(tab + 1)});
      }
    }
    StringBuilder request = new StringBuilder();
    blobs.forEach(b -> request.append(b[0]).append('\n'));
    Process p =
        new ProcessBuilder("git", "--git-dir", gitDir.toString(), "cat-file", "--batch")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<File> out = new ArrayList<>();
    Thread writer =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (OutputStream os = p.getOutputStream()) {
                    os.write(request.toString().getBytes(StandardCharsets.UTF_8));
                  } catch (IOException ignored) {
                    // git exited early; the reader sees the end of its output
                  }
                });
    try (InputStream in = new BufferedInputStream(p.getInputStream())) {
      for (String[] b : blobs) {
        String header = readLine(in);
        if (header == null) {
          break;
        }
        if (header.endsWith(" missing")) {
          out.add(new File(b[1], null));
          continue;
        }
        int size = Integer.parseInt(header.substring(header.lastIndexOf(' ') + 1));
        byte[] bytes = in.readNBytes(size);
        in.read(); // the newline after each object
        out.add(new File(b[1], bytes));
      }
    }
    try {
      writer.join();
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  static byte[] run(Path gitDir, byte[] input, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("git", "--git-dir", gitDir.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (p.waitFor() != 0) {
        throw new IOException("git " + String.join(" ", args) + " failed in " + gitDir);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      b.write(c);
    }
    return c == -1 && b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
  }
}
