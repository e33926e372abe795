package dev.shipgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.config.Redactor;
import dev.shipgate.core.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The one output boundary: stdout and stderr of a run, both passed through the {@link Redactor}
 * line by line, so no renderer and no error message can print a secret. The redactor starts with
 * the secret-named environment values and learns the config's secrets when the config is loaded and
 * a {@code --url}'s password when a command resolves one.
 */
final class Output {
  private final PrintWriter rawOut;
  private final PrintWriter rawErr;
  private final RedactingWriter outFilter;
  private final RedactingWriter errFilter;
  private final PrintWriter out;
  private final PrintWriter err;
  private volatile Redactor redactor;

  Output(PrintWriter rawOut, PrintWriter rawErr, Redactor initial) {
    this.rawOut = rawOut;
    this.rawErr = rawErr;
    this.redactor = initial;
    this.outFilter = new RedactingWriter(rawOut, this::redactor);
    this.errFilter = new RedactingWriter(rawErr, this::redactor);
    this.out = new PrintWriter(outFilter, true);
    this.err = new PrintWriter(errFilter, true);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Redactor redactor() {
    return redactor;
  }

  void redactWith(Redactor r) {
    redactor = r;
  }

  /** One JSON document on stdout. */
  void json(JsonNode document) {
    Json.write(document, out);
    out.flush();
  }

  private volatile java.util.function.BooleanSupplier jsonWanted = () -> false;

  /** Whether the run asked for JSON: an interrupted run then ends stdout with an error document. */
  void jsonWanted(java.util.function.BooleanSupplier wanted) {
    this.jsonWanted = wanted;
  }

  /**
   * A signal ended the run: what the command still prints (its failure, caused by the cancel) is
   * dropped, {@code line} is the last word on stderr and, under {@code --format json}, {@code
   * document} the last word on stdout, both redacted.
   */
  void interrupted(String line, JsonNode document) {
    out.flush();
    err.flush();
    outFilter.mute();
    errFilter.mute();
    synchronized (this) {
      if (!lastWordSaid) {
        lastWordSaid = true;
        rawErr.println(redactor.redact(line));
        if (jsonWanted.getAsBoolean()) {
          rawOut.print(redactor.redact(Json.text(document)));
        }
      }
    }
    rawOut.flush();
    rawErr.flush();
  }

  private boolean lastWordSaid;

  /** A signal came: nothing the command prints from now on is shown. */
  void mute() {
    out.flush();
    err.flush();
    outFilter.mute();
    errFilter.mute();
  }

  /** At the end of a run: everything held is written, redacted. */
  void finish() {
    out.flush();
    err.flush();
    try {
      outFilter.drain();
      errFilter.drain();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rawOut.flush();
    rawErr.flush();
  }
}
