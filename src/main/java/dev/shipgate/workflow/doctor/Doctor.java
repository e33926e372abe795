package dev.shipgate.workflow.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.config.ExternalConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.incidents.Severity;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.status.HistoryStatus;
import dev.shipgate.workflow.health.DeploysState;
import dev.shipgate.workflow.health.HealthSnapshot;
import dev.shipgate.workflow.health.MigrationState;
import dev.shipgate.workflow.health.Sample;
import dev.shipgate.workflow.health.TunnelLayer;
import dev.shipgate.workflow.health.TunnelState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Builds the diagnostics bundle and its recommended actions from a snapshot and the config. */
public final class Doctor {
  private Doctor() {}

  public static DoctorReport report(
      ShipgateConfig config, HealthSnapshot s, boolean incidentStoreOpen) {
    List<ExternalFacts> externals = new ArrayList<>();
    for (ExternalConfig e : config.externals()) {
      String secret = e.key().isPresent() ? e.key().reveal() : e.token().reveal();
      boolean configured = !secret.isBlank() || e.type() == dev.shipgate.config.ExternalType.HTTP;
      externals.add(
          new ExternalFacts(
              e.name(),
              e.type().name().toLowerCase(Locale.ROOT),
              e.optional(),
              configured,
              Masks.id(secret)));
    }
    List<Action> actions = new ArrayList<>();
    database(s, actions);
    migrations(s.migrations(), actions);
    probes(s, actions);
    tunnel(s.tunnel(), actions);
    incidents(s, incidentStoreOpen, actions);
    deploy(s.deploys(), actions);
    for (ExternalFacts f : externals) {
      if (!f.configured() && !f.optional()) {
        actions.add(
            Action.critical(
                "external:" + f.name(),
                "no key is set for " + f.name() + ": set externals." + f.name() + ".key"));
      }
    }
    actions.sort(Comparator.comparing((Action a) -> !a.severity().equals("critical")));
    return new DoctorReport(
        s,
        externals,
        config.tunnel(),
        config.server().adminToken().isPresent(),
        config.server().internalToken().isPresent(),
        incidentStoreOpen,
        actions);
  }

  private static void database(HealthSnapshot s, List<Action> actions) {
    if (s.database() == null) {
      actions.add(
          Action.warn(
              "database", "no database is configured: set database.url to have it checked"));
      return;
    }
    var db = s.database();
    if (db.isPending()) {
      return;
    }
    if (db.value() == null || !db.value().ready()) {
      String why = db.value() == null ? db.error() : db.value().error();
      actions.add(
          Action.critical(
              "database",
              "the database is not answering: "
                  + why
                  + "; check database.url and that the server accepts connections"));
    }
  }

  private static void migrations(Sample<MigrationState> m, List<Action> actions) {
    if (m == null || m.isPending()) {
      return;
    }
    if (m.value() == null) {
      actions.add(Action.critical("migrations", "migration status unknown: " + m.error()));
      return;
    }
    if (m.value().failure() != null) {
      actions.add(
          Action.critical("migrations", "shipgate status fails: " + m.value().failure().message()));
      return;
    }
    HistoryStatus h = m.value().report().history();
    if (!h.failed().isEmpty()) {
      actions.add(
          Action.critical(
              "migrations",
              "failed migrations "
                  + String.join(", ", h.failed())
                  + ": fix them, then run shipgate migrate"));
    }
    if (!h.changed().isEmpty()) {
      actions.add(
          Action.critical(
              "migrations",
              "applied migrations changed since: "
                  + String.join(", ", h.changed())
                  + "; restore the applied version or add a new migration"));
    }
    if (!h.pending().isEmpty()) {
      actions.add(
          Action.critical(
              "migrations",
              h.pending().size()
                  + " pending migration(s) ("
                  + String.join(", ", h.pending().subList(0, Math.min(5, h.pending().size())))
                  + "): run shipgate migrate"));
    }
    m.value()
        .report()
        .checks()
        .checks()
        .forEach(
            (k, ok) -> {
              if (!ok) {
                actions.add(
                    Action.critical(
                        "schema:" + k,
                        k
                            + " is missing or below its floor: shipgate schema check, then"
                            + " shipgate schema hotpatch"));
              }
            });
  }

  private static void probes(HealthSnapshot s, List<Action> actions) {
    if (s.probes() == null || s.probes().isPending()) {
      return;
    }
    if (s.probes().value() == null) {
      actions.add(Action.critical("checks", "the checks could not run: " + s.probes().error()));
      return;
    }
    for (ProbeResult r : s.probes().value().results()) {
      if (r.status() == ProbeStatus.FAIL || r.status() == ProbeStatus.DEGRADED) {
        String about = r.kind().id() + ":" + r.name();
        String msg = r.name() + ": " + advice(r);
        actions.add(r.isHardFailure() ? Action.critical(about, msg) : Action.warn(about, msg));
      }
    }
  }

  /** What to do about one failing probe, by its failure class. */
  static String advice(ProbeResult r) {
    String detail = r.detail().isBlank() ? "" : " (" + r.detail() + ")";
    if (r.reason() == null) {
      return "degraded" + detail;
    }
    return switch (r.reason()) {
      case DNS -> "the host name does not resolve; check the URL and DNS" + detail;
      case CONNECTION_REFUSED ->
          "nothing accepts connections there; start the service or fix the port" + detail;
      case TIMEOUT -> "no answer in time; the service hangs or a firewall drops packets" + detail;
      case TLS -> "the TLS handshake fails; check the certificate and the scheme" + detail;
      case AUTH -> "the credentials are rejected; rotate or fix the key or token" + detail;
      case RATE_LIMITED -> "rate limited; check less often or raise the limit" + detail;
      case HTTP_5XX -> "the service answers with a server error; read its logs" + detail;
      case HTTP_4XX -> "the request is refused; check the URL and method" + detail;
      case HTML_ERROR_PAGE ->
          "an HTML page came back where JSON was expected (a login or proxy error page)" + detail;
      case BAD_JSON -> "the body is not valid JSON" + detail;
      case ASSERTION -> "a condition does not hold" + detail;
    };
  }

  private static void tunnel(Sample<TunnelState> t, List<Action> actions) {
    if (t == null || t.isPending() || t.value() == null) {
      return;
    }
    boolean localOk = true;
    for (TunnelLayer l : t.value().layers()) {
      if (l.status() != ProbeStatus.FAIL) {
        continue;
      }
      switch (l.layer()) {
        case "process" ->
            actions.add(
                Action.critical("tunnel", "the tunnel is not running: start it (tunnel.start)"));
        case "local" -> {
          localOk = false;
          actions.add(
              Action.critical(
                  "tunnel",
                  "the local origin does not answer (" + l.detail() + "): start the app first"));
        }
        default -> {
          if (localOk) {
            actions.add(
                Action.critical(
                    "tunnel",
                    "the tunnel runs but does not route: the public URL fails ("
                        + l.detail()
                        + "); check its ingress and DNS"));
          }
        }
      }
    }
  }

  private static void incidents(HealthSnapshot s, boolean open, List<Action> actions) {
    if (!open) {
      actions.add(Action.warn("incidents", "the incident store is not open; check store:"));
      return;
    }
    if (s.incidents() == null || s.incidents().value() == null) {
      return;
    }
    long critical = s.incidents().value().openBySeverity().getOrDefault(Severity.CRITICAL, 0L);
    if (critical > 0) {
      actions.add(
          Action.critical(
              "incidents",
              critical + " critical incident(s) open: shipgate incidents list, then resolve them"));
    }
  }

  private static void deploy(Sample<DeploysState> d, List<Action> actions) {
    if (d == null || d.value() == null || d.value().last() == null) {
      return;
    }
    JsonNode last = d.value().last().document();
    String status = last.path("status").asText("");
    if (status.equals("FAILURE")) {
      String phase = "";
      for (JsonNode p : last.path("phases")) {
        if (p.path("status").asText("").equals("FAIL")) {
          phase = p.path("state").asText("");
        }
      }
      actions.add(
          Action.critical(
              "deploy",
              "the last deploy failed"
                  + (phase.isEmpty() ? "" : " in " + phase)
                  + ": read "
                  + d.value().last().file()));
    }
  }
}
