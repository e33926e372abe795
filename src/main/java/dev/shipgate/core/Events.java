package dev.shipgate.core;

/** Where a service sends its {@link Event}s. */
@FunctionalInterface
public interface Events {
  void emit(Event event);

  /** Discards everything (for callers that only want the result). */
  static Events none() {
    return e -> {};
  }
}
