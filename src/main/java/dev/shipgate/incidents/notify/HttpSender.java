package dev.shipgate.incidents.notify;

import java.time.Duration;

/** Sends one request and never takes longer than {@code timeout}, response body included. */
interface HttpSender {
  Reply send(Outbound request, Duration timeout) throws InterruptedException;
}
