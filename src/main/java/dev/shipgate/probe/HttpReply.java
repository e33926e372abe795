package dev.shipgate.probe;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP response as the evaluator and judges see it: the status, headers, body text (at most
 * {@link LimitedBody#MAX_BYTES}), the attempt's latency, the final URI after redirects, and the
 * parsed JSON document when JSON was expected and parsed.
 */
public record HttpReply(
    int status,
    HttpHeaders headers,
    String body,
    boolean truncated,
    Duration latency,
    URI uri,
    boolean redirected,
    Object json) {

  public HttpReply withJson(Object document) {
    return new HttpReply(status, headers, body, truncated, latency, uri, redirected, document);
  }

  public String contentType() {
    return headers.firstValue("content-type").orElse("");
  }

  /** The value at a definite JSON path of the parsed body; empty when absent or not JSON. */
  public Optional<Object> read(String path) {
    if (json == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JsonPath.compile(path).read(json, JsonDocs.PATH_CONFIG));
    } catch (PathNotFoundException e) {
      return Optional.empty();
    }
  }
}
