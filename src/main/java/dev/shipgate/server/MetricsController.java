package dev.shipgate.server;

import io.javalin.http.Context;
import java.util.Map;

/** {@code /metrics}: the Prometheus text format. */
final class MetricsController {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final ServerContext server;
  private final ServerMetrics metrics;

  MetricsController(ServerContext server, ServerMetrics metrics) {
    this.server = server;
    this.metrics = metrics;
  }

  Reply metrics(Context ctx) {
    metrics.observe(server.refresher().snapshot());
    return new Reply(200, CONTENT_TYPE, metrics.scrape(), Map.of());
  }
}
