package dev.shipgate.logs;

/** The level of one log line. */
public enum LogLevel {
  DEBUG,
  INFO,
  WARN,
  ERROR
}
