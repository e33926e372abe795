package dev.shipgate.incidents.notify;

import dev.shipgate.config.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A generic JSON webhook: a POST of {@link WebhookPayload} per transition with {@code
 * X-Shipgate-Delivery} (dedupe on it), {@code X-Shipgate-Event}, {@code X-Shipgate-Timestamp} and,
 * with {@code notify.webhookSecret}, {@code X-Shipgate-Signature} ({@link Signature}).
 */
final class WebhookDestination implements Destination {
  static final String DELIVERY_HEADER = "X-Shipgate-Delivery";
  static final String EVENT_HEADER = "X-Shipgate-Event";

  private final URI uri;
  private final Secret secret;
  private final TokenBucket bucket = new TokenBucket(10, 10.0);

  WebhookDestination(URI uri, Secret secret) {
    this.uri = uri;
    this.secret = secret;
  }

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public String configKey() {
    return "notify.webhook";
  }

  @Override
  public TokenBucket bucket() {
    return bucket;
  }

  @Override
  public Outbound request(Message m, Optional<String> thread, Instant now) {
    String body = WebhookPayload.body(m);
    long ts = now.getEpochSecond();
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", "application/json; charset=utf-8");
    h.put(DELIVERY_HEADER, m.deliveryId());
    h.put(EVENT_HEADER, m.test() ? "notify.test" : m.transition().eventName());
    h.put(Signature.TIMESTAMP_HEADER, Long.toString(ts));
    if (secret.isPresent()) {
      h.put(Signature.HEADER, Signature.sign(secret.reveal(), ts, body));
    }
    return new Outbound("POST", uri, h, body);
  }
}
