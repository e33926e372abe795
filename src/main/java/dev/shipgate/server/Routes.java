package dev.shipgate.server;

import static dev.shipgate.server.Access.ADMIN;
import static dev.shipgate.server.Access.ANYONE;
import static dev.shipgate.server.Access.INTERNAL;

import java.util.ArrayList;
import java.util.List;

/** Every route of {@code shipgate serve}, grouped by path, in one place (docs/serve.md). */
final class Routes {
  private Routes() {}

  static List<Route> of(
      HealthController health, OpsController ops, AgentsController agents, Extra extra) {
    List<Route> r = new ArrayList<>();
    r.add(Route.get("/health/live", ANYONE, health::live));
    r.add(Route.get("/health/ready", ANYONE, health::ready));
    r.add(Route.get("/health/db", ANYONE, health::db));
    r.add(Route.get("/health/status", ANYONE, health::status));

    r.add(Route.get("/ops/migration-status", ANYONE, ops::migrationStatus));
    r.add(Route.get("/ops/doctor", ADMIN, ops::doctor));
    r.add(Route.post("/ops/doctor/run", ADMIN, ops::doctorRun));
    r.add(Route.get("/ops/incidents", ADMIN, ops::incidents));
    r.add(Route.get("/ops/incidents/{id}", ADMIN, ops::incident));

    r.add(Route.get("/internal/agents/health", INTERNAL, agents::health));
    r.addAll(extra.routes());
    return r;
  }

  /** Routes added by the parts built later in start-up (metrics, dashboard). */
  interface Extra {
    List<Route> routes();
  }
}
