package dev.shipgate.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * JSON lines: one {@code access} line per request (method, path without the query, status,
 * milliseconds, client, request id) and {@code event} lines from the server and the refresher. The
 * sink is the command's stderr, which redacts.
 */
final class AccessLog {
  private final Consumer<String> sink;
  private final Clock clock;

  AccessLog(Consumer<String> sink, Clock clock) {
    this.sink = sink;
    this.clock = clock;
  }

  void access(String method, String path, int status, long ms, String client, String requestId) {
    ObjectNode o = line("access");
    o.put("method", method);
    o.put("path", path);
    o.put("status", status);
    o.put("ms", ms);
    o.put("client", client);
    o.put("requestId", requestId);
    emit(o);
  }

  ObjectNode line(String type) {
    ObjectNode o = Json.object();
    o.put("ts", clock.instant().toString());
    o.put("type", type);
    return o;
  }

  void emit(ObjectNode o) {
    sink.accept(o.toString());
  }
}
