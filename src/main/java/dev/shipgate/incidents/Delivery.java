package dev.shipgate.incidents;

import java.time.Instant;

/**
 * Where one transition stands at one destination.
 *
 * @param deliveryId sent with the message, so a receiver can drop a repeat
 * @param status PENDING (to be tried again by the next command), DELIVERED or FAILED (given up)
 * @param lastError why the last attempt failed (no secret), or null
 */
public record Delivery(
    long outboxId,
    Transition transition,
    String destination,
    String deliveryId,
    String status,
    int attempts,
    String lastError,
    Instant deliveredAt) {
  public static final String PENDING = "PENDING";
  public static final String DELIVERED = "DELIVERED";
  public static final String FAILED = "FAILED";
}
