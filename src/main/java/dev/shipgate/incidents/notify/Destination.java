package dev.shipgate.incidents.notify;

import java.time.Instant;
import java.util.Optional;

/** Where messages go: how to build the request, how fast to send, what to remember. */
interface Destination {
  /** {@code slack}, {@code webhook} or {@code github}: stored with each delivery. */
  String name();

  TokenBucket bucket();

  /**
   * The request for {@code m}; {@code thread} is what {@link #thread} returned for an earlier
   * delivery of the same incident (GitHub: the comment to edit).
   */
  Outbound request(Message m, Optional<String> thread, Instant now);

  /** What to remember from a successful reply (GitHub: the comment id). */
  default Optional<String> thread(Reply r) {
    return Optional.empty();
  }

  /** The config key to name in messages about this destination. */
  String configKey();
}
