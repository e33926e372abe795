package dev.shipgate.cli;

import dev.shipgate.config.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses duration flags ({@code 500ms}, {@code 5s}, {@code 2m}) the way the config does. */
final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      Duration d = Durations.parse(value);
      if (!d.isPositive()) {
        throw new TypeConversionException("'" + value + "' must be more than 0 (e.g. 5s)");
      }
      return d;
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
