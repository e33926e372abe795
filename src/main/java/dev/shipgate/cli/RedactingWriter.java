package dev.shipgate.cli;

import dev.shipgate.config.Redactor;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * The output boundary's filter: holds text until a line is complete, then writes it redacted. A
 * secret can therefore never be split across two writes and slip past the redactor. {@link
 * #drain()} writes a last unfinished line at the end of a run.
 */
final class RedactingWriter extends Writer {
  private final Writer target;
  private final Supplier<Redactor> redactor;
  private final StringBuilder pending = new StringBuilder();
  private boolean muted;

  RedactingWriter(Writer target, Supplier<Redactor> redactor) {
    this.target = target;
    this.redactor = redactor;
  }

  @Override
  public synchronized void write(char[] buf, int off, int len) throws IOException {
    int scanFrom = pending.length();
    pending.append(buf, off, len);
    int newline = pending.lastIndexOf("\n");
    if (newline >= scanFrom) {
      emit(newline + 1);
    }
  }

  /** Writes complete lines; an unfinished line waits for its end (or for {@link #drain}). */
  @Override
  public synchronized void flush() throws IOException {
    target.flush();
  }

  /** Writes everything held, finished or not. */
  synchronized void drain() throws IOException {
    emit(pending.length());
    target.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    drain();
  }

  /** From now on nothing more is written (a signal ended the run; it says so itself). */
  synchronized void mute() {
    muted = true;
    pending.setLength(0);
  }

  private void emit(int end) throws IOException {
    if (muted) {
      pending.setLength(0);
      return;
    }
    if (end == 0) {
      return;
    }
    String text = pending.substring(0, end);
    pending.delete(0, end);
    target.write(redactor.get().redact(text));
  }
}
