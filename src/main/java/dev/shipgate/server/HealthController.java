package dev.shipgate.server;

import dev.shipgate.core.Json;
import dev.shipgate.workflow.health.HealthSnapshot;
import dev.shipgate.workflow.health.HealthStatus;
import io.javalin.http.Context;

/** {@code /health/*}: the process, readiness, the database and everything, from the cache. */
final class HealthController {
  private final ServerContext server;

  HealthController(ServerContext server) {
    this.server = server;
  }

  Reply live(Context ctx) {
    return Reply.json(200, Json.object().put("status", "alive"));
  }

  Reply ready(Context ctx) {
    HealthSnapshot s = server.refresher().snapshot();
    return Reply.json(HealthStatus.ready(s) ? 200 : 503, HealthJson.ready(s));
  }

  Reply db(Context ctx) {
    HealthSnapshot s = server.refresher().snapshot();
    var doc = HealthJson.db(s);
    return Reply.json(doc.path("ready").asBoolean() ? 200 : 503, doc);
  }

  Reply status(Context ctx) {
    return Reply.json(200, HealthJson.status(server.refresher().snapshot()));
  }
}
