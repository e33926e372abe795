package dev.shipgate.server;

import dev.shipgate.cli.Cli;
import dev.shipgate.cli.IncidentsRenderer;
import dev.shipgate.cli.render.StatusRenderer;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.status.StatusService;
import dev.shipgate.workflow.doctor.Doctor;
import dev.shipgate.workflow.doctor.DoctorRun;
import dev.shipgate.workflow.health.MigrationState;
import dev.shipgate.workflow.health.Sample;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** {@code /ops/*}: migration status, the doctor, incidents. */
final class OpsController {
  private static final int INCIDENTS_LISTED = 100;

  private final ServerContext server;
  private final Supplier<StatusService.Request> statusRequest;

  OpsController(ServerContext server, Supplier<StatusService.Request> statusRequest) {
    this.server = server;
    this.statusRequest = statusRequest;
  }

  /**
   * Exactly {@code shipgate status --format json}: the cached report through the same renderer, or
   * the error document the command would print (503).
   */
  Reply migrationStatus(Context ctx) {
    Sample<MigrationState> m = server.refresher().snapshot().migrations();
    if (m == null) {
      try {
        statusRequest.get();
        return Reply.json(503, Cli.errorDocument(ErrorCode.INTERNAL, "migration status is off"));
      } catch (ShipgateException e) {
        return Reply.json(503, Cli.errorDocument(e.code(), e.getMessage()));
      }
    }
    if (m.isPending()) {
      return Reply.error(503, "not checked yet; retry in a moment").withHeader("Retry-After", "1");
    }
    MigrationState v = m.value();
    if (v == null) {
      return Reply.json(
          503, Cli.errorDocument(ErrorCode.DB_UNREACHABLE, "migration status: " + m.error()));
    }
    if (v.failure() != null) {
      return Reply.json(503, Cli.errorDocument(v.failure().code(), v.failure().message()));
    }
    return Reply.json(200, StatusRenderer.json(v.report()));
  }

  Reply doctor(Context ctx) {
    var report =
        Doctor.report(server.config(), server.refresher().snapshot(), server.desk() != null);
    return Reply.json(200, DoctorJson.document(report));
  }

  Reply doctorRun(Context ctx) {
    var result = DoctorRun.run(server.config(), server.refresher(), server.desk());
    return Reply.json(200, DoctorJson.run(result));
  }

  Reply incidents(Context ctx) {
    if (server.desk() == null) {
      return storeClosed();
    }
    boolean all = "all".equalsIgnoreCase(ctx.queryParam("status"));
    return Reply.json(200, IncidentsRenderer.listJson(server.desk().list(!all, INCIDENTS_LISTED)));
  }

  Reply incident(Context ctx) {
    if (server.desk() == null) {
      return storeClosed();
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      return Reply.error(400, "incident ids are numbers: /ops/incidents/12");
    }
    return server
        .desk()
        .show(id)
        .map(t -> Reply.json(200, IncidentsRenderer.showJson(t)))
        .orElseGet(() -> Reply.error(404, "no incident " + id));
  }

  private Reply storeClosed() {
    return Reply.json(
        503, Json.object().put("error", "the incident store is not open: " + server.storeError()));
  }
}
