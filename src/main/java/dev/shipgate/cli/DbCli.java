package dev.shipgate.cli;

import dev.shipgate.core.Progress;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DatabaseUrl;
import java.io.PrintWriter;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;

/** Transitional: what the database commands share until each renders its own events. */
final class DbCli {
  private DbCli() {}

  /** Tells the output boundary about the URL; returns identity (the boundary redacts). */
  static UnaryOperator<String> redactor(ShipgateCommand root, DatabaseUrl url) {
    if (url != null) {
      root.showsDatabaseUrl(url);
    }
    return UnaryOperator.identity();
  }

  /** info → {@code out}, warn → stderr, flushed at once (a log may tail it). */
  static Progress progress(PrintWriter out, CommandSpec spec, UnaryOperator<String> redact) {
    PrintWriter err = spec.commandLine().getErr();
    return new Progress() {
      @Override
      public void info(String line) {
        out.println(line);
        out.flush();
      }

      @Override
      public void warn(String line) {
        err.println(line);
        err.flush();
      }
    };
  }

  static <T> T redacting(UnaryOperator<String> redact, Supplier<T> body) {
    try {
      return body.get();
    } catch (ShipgateException e) {
      throw e;
    }
  }
}
