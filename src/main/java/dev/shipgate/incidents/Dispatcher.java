package dev.shipgate.incidents;

/**
 * Delivers the outbox: implemented by {@code incidents.notify}. The service calls it after a write
 * that created a transition, and once per service so that undelivered rows of earlier commands are
 * retried. It never throws and never takes more than its budget.
 */
public interface Dispatcher {
  /** Delivers what is due; failures become NOTIFY_FAILED events, never exceptions. */
  void dispatch();

  /** Nothing to deliver to (no destination configured). */
  Dispatcher NONE = () -> {};
}
