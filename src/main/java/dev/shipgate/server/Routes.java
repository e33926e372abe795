package dev.shipgate.server;

import static dev.shipgate.server.Access.ADMIN;
import static dev.shipgate.server.Access.ANYONE;
import static dev.shipgate.server.Access.INTERNAL;
import static dev.shipgate.server.Access.METRICS;

import java.util.ArrayList;
import java.util.List;

/** Every route of {@code shipgate serve}, grouped by path, in one place (docs/serve.md). */
final class Routes {
  private Routes() {}

  static List<Route> of(
      HealthController health,
      OpsController ops,
      AgentsController agents,
      RecoveryController recovery,
      MetricsController metrics,
      DashboardController dashboard) {
    List<Route> r = new ArrayList<>();
    r.add(Route.get("/health/live", ANYONE, health::live));
    r.add(Route.get("/health/ready", ANYONE, health::ready));
    r.add(Route.get("/health/db", ANYONE, health::db));
    r.add(Route.get("/health/status", ANYONE, health::status));
    r.add(Route.post("/health/recover", ADMIN, recovery::recover));
    r.add(Route.get("/health/recovery-stats", ANYONE, recovery::stats));

    r.add(Route.get("/ops/migration-status", ANYONE, ops::migrationStatus));
    r.add(Route.get("/ops/doctor", ADMIN, ops::doctor));
    r.add(Route.post("/ops/doctor/run", ADMIN, ops::doctorRun));
    r.add(Route.get("/ops/incidents", ADMIN, ops::incidents));
    r.add(Route.get("/ops/incidents/{id}", ADMIN, ops::incident));

    r.add(Route.get("/internal/agents/health", INTERNAL, agents::health));

    r.add(Route.get("/metrics", METRICS, metrics::metrics));

    r.add(Route.get("/", ANYONE, dashboard::page));
    r.add(Route.post("/login", ANYONE, dashboard::login));
    r.add(Route.post("/logout", ANYONE, dashboard::logout));
    return r;
  }
}
