package dev.shipgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, content type, body and extra headers (written redacted). */
public record Reply(int status, String contentType, String body, Map<String, String> headers) {
  static final String JSON = "application/json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";

  public Reply {
    headers = Map.copyOf(headers);
  }

  /** The JSON document exactly as the CLI prints it with {@code --format json}. */
  static Reply json(int status, JsonNode document) {
    return new Reply(status, JSON, Json.text(document), Map.of());
  }

  static Reply html(int status, String page) {
    return new Reply(status, HTML, page, Map.of());
  }

  static Reply error(int status, String message) {
    return json(status, Json.object().put("error", message));
  }

  static Reply notFound() {
    return error(404, "not found");
  }

  Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, contentType, body, h);
  }
}
