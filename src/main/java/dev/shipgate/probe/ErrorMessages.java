package dev.shipgate.probe;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message an API put in an error body, so a failure says "Invalid API Key provided" rather than
 * only "401". Knows the common shapes: {@code {"error": {"message"}}} (Stripe, OpenAI), {@code
 * {"errors": [{"message"}]}} (Cloudflare), {@code {"message"}}, {@code {"error": "..."}} and {@code
 * {"detail": "..."}}.
 */
final class ErrorMessages {
  private static final int MAX = 160;

  private ErrorMessages() {}

  static Optional<String> from(Object json) {
    if (!(json instanceof Map<?, ?> map)) {
      return Optional.empty();
    }
    Object error = map.get("error");
    if (error instanceof Map<?, ?> e && e.get("message") instanceof String s) {
      return clean(s);
    }
    if (error instanceof String s) {
      return clean(s);
    }
    if (map.get("errors") instanceof List<?> list
        && !list.isEmpty()
        && list.get(0) instanceof Map<?, ?> first
        && first.get("message") instanceof String s) {
      return clean(s);
    }
    for (String key : List.of("message", "detail", "error_description")) {
      if (map.get(key) instanceof String s) {
        return clean(s);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> clean(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    if (one.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(one.length() > MAX ? one.substring(0, MAX - 1) + "…" : one);
  }
}
