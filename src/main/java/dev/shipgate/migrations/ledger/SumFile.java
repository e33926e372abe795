package dev.shipgate.migrations.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code shipgate.sum} ledger format. One line per migration in apply order: its name relative
 * to the directory, the SHA-256 of its bytes, the SHA-256 of its bytes without whitespace (so an
 * edit that only touched whitespace or line endings can be named), and a chain hash that covers
 * this entry and every entry before it. The {@code sum} line holds the last chain value, so two
 * branches that each add a migration conflict in git on that line, and an entry inserted in the
 * middle changes every chain value after it (the idea of Atlas's {@code atlas.sum}).
 */
public final class SumFile {
  public static final String NAME = "shipgate.sum";

  private static final Pattern ENTRY = Pattern.compile("(.+) h1:(\\S+) ws:(\\S+) c:(\\S+)");
  private static final Pattern TOTAL = Pattern.compile("sum h1:(\\S+)");

  /** One recorded migration; {@code line} is its 1-based line in the file (0 when computed). */
  public record Entry(String name, String sha256, String wsSha256, String chain, int line) {}

  /**
   * A read ledger: the recorded total, the entries, and lines that are not part of the format (with
   * their line numbers), e.g. merge-conflict markers.
   */
  public record Parsed(String total, int totalLine, List<Entry> entries, List<Integer> badLines) {}

  private SumFile() {}

  public static Parsed read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String total = null;
    int totalLine = 0;
    List<Entry> entries = new ArrayList<>();
    List<Integer> bad = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher t = TOTAL.matcher(line);
      Matcher e = ENTRY.matcher(line);
      if (t.matches() && total == null) {
        total = t.group(1);
        totalLine = i + 1;
      } else if (e.matches()) {
        entries.add(new Entry(e.group(1), e.group(2), e.group(3), e.group(4), i + 1));
      } else {
        bad.add(i + 1);
      }
    }
    return new Parsed(total, totalLine, entries, bad);
  }

  /** Computes the entries (with chain values) for files given in apply order. */
  public static List<Entry> compute(Path dir, List<Path> files) throws IOException {
    List<Entry> out = new ArrayList<>();
    byte[] chain = new byte[32];
    for (Path f : files) {
      dev.shipgate.core.MemoryUse.reading(f);
      byte[][] hashes = hashes(f);
      byte[] raw = hashes[0];
      byte[] ws = hashes[1];
      String name = relativeName(dir, f);
      chain = link(chain, name, raw, ws);
      out.add(new Entry(name, b64(raw), b64(ws), b64(chain), 0));
    }
    return out;
  }

  /**
   * Recomputes the chain over recorded hashes; index of the first entry whose chain differs, or -1.
   */
  public static int firstBrokenLink(List<Entry> entries) {
    byte[] chain = new byte[32];
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      try {
        chain =
            link(
                chain,
                e.name(),
                Base64.getDecoder().decode(e.sha256()),
                Base64.getDecoder().decode(e.wsSha256()));
      } catch (IllegalArgumentException bad) {
        return i;
      }
      if (!b64(chain).equals(e.chain())) {
        return i;
      }
    }
    return -1;
  }

  public static String total(List<Entry> entries) {
    return entries.isEmpty() ? b64(new byte[32]) : entries.get(entries.size() - 1).chain();
  }

  public static void write(Path file, List<Entry> entries) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# shipgate.sum: checksum ledger of this migration directory, written by\n");
    sb.append("# `shipgate lint migrations --update-sum`. Commit it; do not edit it by hand.\n");
    sb.append(
        "# <file> h1:<sha256> ws:<sha256 without whitespace> c:<chain over this and all earlier lines>\n");
    sb.append("sum h1:").append(total(entries)).append('\n');
    for (Entry e : entries) {
      sb.append(e.name())
          .append(" h1:")
          .append(e.sha256())
          .append(" ws:")
          .append(e.wsSha256())
          .append(" c:")
          .append(e.chain())
          .append('\n');
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  static String relativeName(Path dir, Path f) {
    String rel = dir.relativize(f).toString();
    return java.io.File.separatorChar == '/' ? rel : rel.replace(java.io.File.separatorChar, '/');
  }

  private static byte[] link(byte[] previous, String name, byte[] raw, byte[] ws) {
    MessageDigest md = digest();
    md.update(previous);
    md.update(name.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(raw);
    md.update(ws);
    return md.digest();
  }

  /**
   * The file's SHA-256 and the SHA-256 of {@link #withoutWhitespace its bytes without whitespace},
   * in one streaming pass: a migration of any size costs one 64 KiB buffer, not copies of itself.
   */
  static byte[][] hashes(Path f) throws IOException {
    MessageDigest raw = digest();
    MessageDigest ws = digest();
    byte[] buf = new byte[64 * 1024];
    byte[] kept = new byte[buf.length];
    byte[] head = new byte[3];
    int headLen = 0; // the first bytes are held back until a UTF-8 BOM is ruled in or out
    boolean headDone = false;
    try (java.io.InputStream in = Files.newInputStream(f)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        raw.update(buf, 0, n);
        int from = 0;
        if (!headDone) {
          while (headLen < 3 && from < n) {
            head[headLen++] = buf[from++];
          }
          if (headLen < 3) {
            continue;
          }
          headDone = true;
          if (!isBom(head)) {
            ws.update(kept, 0, nonWhitespace(head, 0, 3, kept));
          }
        }
        ws.update(kept, 0, nonWhitespace(buf, from, n, kept));
      }
    }
    if (!headDone) { // a file of fewer than three bytes has no BOM
      ws.update(kept, 0, nonWhitespace(head, 0, headLen, kept));
    }
    return new byte[][] {raw.digest(), ws.digest()};
  }

  private static boolean isBom(byte[] b) {
    return (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static int nonWhitespace(byte[] in, int from, int to, byte[] out) {
    int n = 0;
    for (int i = from; i < to; i++) {
      byte b = in[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
        out[n++] = b;
      }
    }
    return n;
  }

  /** The bytes without ASCII whitespace and without a UTF-8 BOM (for "only whitespace changed"). */
  public static byte[] withoutWhitespace(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    int start = bytes.length >= 3 && isBom(bytes) ? 3 : 0;
    return java.util.Arrays.copyOf(out, nonWhitespace(bytes, start, bytes.length, out));
  }

  static byte[] sha256(byte[] bytes) {
    return digest().digest(bytes);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
