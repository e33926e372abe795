package dev.shipgate.migrations.rules;

import dev.shipgate.migrations.ForwardPart;
import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Streams a migration's text through a {@link DropScan} of its forward part. For a file with up and
 * down sections two scans run side by side, one over the whole text and one over the up sections
 * (every other line blanked), and the file's markers decide which one counts: memory stays at one
 * read buffer and the first {@value #MARKER_PREFIX} characters of a line, whatever the file's size.
 */
final class ForwardSqlScan {
  /** Longer lines are markers only if their start is one; the rest of them is never held. */
  static final int MARKER_PREFIX = 4096;

  private final ForwardPart part;
  private final DropScan whole = new DropScan();
  private final DropScan up = new DropScan();
  private final StringBuilder lineStart = new StringBuilder();
  private boolean lineDecided; // the start of the current line has been judged
  private boolean restToUp; // the rest of the current line is up-section code
  private boolean inUp;
  private boolean anyUpMarker;

  private ForwardSqlScan(ForwardPart part) {
    this.part = part;
  }

  /** The scan that counts for the file, after reading it (or as much as the verdict needs). */
  static DropScan scan(Reader reader, ForwardPart part) throws IOException {
    ForwardSqlScan s = new ForwardSqlScan(part);
    char[] buf = new char[16 * 1024];
    int n;
    while (!s.settled() && (n = reader.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        s.feed(buf[i]);
      }
    }
    return s.finish();
  }

  /** The same scan over text already in memory (a small file read whole). */
  static DropScan scan(CharSequence text, ForwardPart part) {
    ForwardSqlScan s = new ForwardSqlScan(part);
    for (int i = 0, n = text.length(); i < n && !s.settled(); i++) {
      s.feed(text.charAt(i));
    }
    return s.finish();
  }

  private boolean settled() {
    // without sections, the whole scan decides; with them, a hit in the up part decides once a
    // marker has been seen (and a hit in the whole text only if none ever is)
    return part.sectioned() ? up.done() && anyUpMarker : whole.done();
  }

  private void feed(char c) {
    whole.feed(c);
    if (!part.sectioned()) {
      return;
    }
    if (c == '\n') {
      endLine();
      up.feed('\n');
      return;
    }
    if (lineDecided) {
      if (restToUp) {
        up.feed(c);
      }
      return;
    }
    lineStart.append(c);
    if (lineStart.length() >= MARKER_PREFIX) {
      decide();
    }
  }

  /** Judges the held start of the line: a marker switches sections, anything else is code. */
  private void decide() {
    lineDecided = true;
    restToUp = false; // a marker line, however long, is never code
    if (matches(part.upMarker())) {
      inUp = true;
      anyUpMarker = true;
    } else if (matches(part.downMarker())) {
      inUp = false;
    } else if (inUp) {
      for (int i = 0; i < lineStart.length(); i++) {
        up.feed(lineStart.charAt(i));
      }
      restToUp = true;
    }
    lineStart.setLength(0);
  }

  private void endLine() {
    if (!lineDecided) {
      decide();
    }
    lineDecided = false;
  }

  /** A marker line may end in CR (a file saved with Windows line endings). */
  private boolean matches(Pattern marker) {
    int end = lineStart.length();
    if (end > 0 && lineStart.charAt(end - 1) == '\r') {
      end--;
    }
    return marker.matcher(lineStart).region(0, end).matches();
  }

  private DropScan finish() {
    whole.end();
    if (!part.sectioned()) {
      return whole;
    }
    if (!lineDecided) {
      decide();
    }
    up.end();
    return anyUpMarker ? up : whole;
  }
}
