package dev.shipgate.cli;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Progress;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DatabaseUrl;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the database commands share: one redaction function for everything they print (config
 * secrets, secret-named environment values, URL passwords, and the password of a {@code --url}),
 * progress to stdout/stderr through it, and error messages through it.
 */
final class DbCli {
  private static final String URL_TOKEN = "\u0000database-url\u0000";

  private DbCli() {}

  static UnaryOperator<String> redactor(
      ShipgateConfig config, Map<String, String> env, DatabaseUrl url) {
    Redactor r = Redactor.of(config, env);
    DatabaseUrl shown = url != null ? url : configuredUrl(config);
    String password = shown == null ? null : shown.password();
    return line -> {
      if (line == null) {
        return null;
      }
      // the URL is a config secret as a whole: show it with only its password masked
      String in = shown == null ? line : line.replace(shown.raw(), URL_TOKEN);
      String out = r.redact(in);
      if (shown != null) {
        out = out.replace(URL_TOKEN, shown.redacted());
      }
      return password == null || password.isEmpty() ? out : out.replace(password, Redactor.MASK);
    };
  }

  private static DatabaseUrl configuredUrl(ShipgateConfig config) {
    try {
      return config.database().url().isPresent()
          ? dev.shipgate.db.DatabaseTarget.resolve(null, config)
          : null;
    } catch (ShipgateException e) {
      return null;
    }
  }

  /** info → {@code out}, warn → stderr, both redacted and flushed at once (a log may tail it). */
  static Progress progress(PrintWriter out, CommandSpec spec, UnaryOperator<String> redact) {
    PrintWriter err = spec.commandLine().getErr();
    return new Progress() {
      @Override
      public void info(String line) {
        out.println(redact.apply(line));
        out.flush();
      }

      @Override
      public void warn(String line) {
        err.println(redact.apply(line));
        err.flush();
      }
    };
  }

  /** Runs {@code body}; a user error's message is redacted before the CLI prints it. */
  static <T> T redacting(UnaryOperator<String> redact, Supplier<T> body) {
    try {
      return body.get();
    } catch (ShipgateException e) {
      throw e.withMessage(redact.apply(e.getMessage()));
    }
  }
}
