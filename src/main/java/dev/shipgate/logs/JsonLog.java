package dev.shipgate.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import dev.shipgate.config.LogsConfig;
import dev.shipgate.config.Redactor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.logstash.logback.argument.StructuredArguments;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.fieldnames.LogstashFieldNames;

/**
 * One JSON-lines log file, e.g. {@code logs/monitor.jsonl}: one JSON object per line with {@code
 * time}, {@code level}, {@code message} and the caller's fields ({@code event}, {@code target},
 * {@code state}, {@code reason}, {@code traceId}, ...). Rotated when the day changes or the file
 * reaches {@code maxSize} into {@code <name>.<yyyy-MM-dd>.<n>.jsonl}; rotated files older than
 * {@code keepDays} and the oldest beyond {@code totalCap} are deleted (also at start). Every string
 * value is redacted before it is written. Thread-safe. Its own logback context, so it never touches
 * the silent global one.
 */
public final class JsonLog implements AutoCloseable {
  private final LoggerContext context;
  private final Logger logger;
  private final Redactor redactor;
  private final Path file;

  private JsonLog(LoggerContext context, Logger logger, Redactor redactor, Path file) {
    this.context = context;
    this.logger = logger;
    this.redactor = redactor;
    this.file = file;
  }

  /** Opens (creating the directory) {@code <config.dir>/<name>.jsonl}. */
  public static JsonLog open(LogsConfig config, String name, Redactor redactor) {
    Path dir = config.dir().toAbsolutePath().normalize();
    Path file = dir.resolve(name + ".jsonl");
    LoggerContext ctx = new LoggerContext();
    ctx.setName("shipgate-" + name);
    ctx.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    ctx.start();

    LogstashEncoder encoder = new LogstashEncoder();
    encoder.setContext(ctx);
    LogstashFieldNames names = new LogstashFieldNames();
    names.setTimestamp("time");
    names.setVersion("[ignore]");
    names.setLevelValue("[ignore]");
    names.setLogger("[ignore]");
    names.setThread("[ignore]");
    encoder.setFieldNames(names);
    encoder.setIncludeContext(false);
    encoder.setIncludeMdc(false);
    encoder.setTimestampPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX");
    encoder.setTimeZone("UTC");
    encoder.start();

    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(ctx);
    appender.setName(name);
    appender.setFile(file.toString());
    appender.setEncoder(encoder);
    appender.setAppend(true);
    appender.setPrudent(false);

    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(ctx);
    policy.setParent(appender);
    policy.setFileNamePattern(dir.resolve(name + ".%d{yyyy-MM-dd,UTC}.%i.jsonl").toString());
    policy.setMaxFileSize(new FileSize(config.maxSize().bytes()));
    policy.setMaxHistory(config.keepDays());
    policy.setTotalSizeCap(new FileSize(config.totalCap().bytes()));
    policy.setCleanHistoryOnStart(true);
    policy.start();
    appender.setRollingPolicy(policy);
    appender.start();

    Logger logger = ctx.getLogger("shipgate." + name);
    logger.setAdditive(false);
    logger.setLevel(Level.DEBUG);
    logger.addAppender(appender);
    return new JsonLog(ctx, logger, redactor, file);
  }

  public Path file() {
    return file;
  }

  /**
   * Writes one line: {@code event} and {@code fields} (null values are left out; strings are
   * redacted), {@code message} a line for people.
   */
  public void write(LogLevel level, String event, String message, Map<String, ?> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event", event);
    fields.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(k, v instanceof String s ? redactor.redact(s) : v);
          }
        });
    String text = redactor.redact(message == null ? event : message);
    var args = StructuredArguments.entries(out);
    switch (level) {
      case DEBUG -> logger.debug(text, args);
      case INFO -> logger.info(text, args);
      case WARN -> logger.warn(text, args);
      case ERROR -> logger.error(text, args);
    }
  }

  /** Flushes and closes the file. */
  @Override
  public void close() {
    context.stop();
  }
}
