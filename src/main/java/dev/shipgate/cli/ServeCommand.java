package dev.shipgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ServerConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.DatabaseTarget;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.probe.ConfigErrors;
import dev.shipgate.probe.agent.AgentProbes;
import dev.shipgate.probe.check.CheckProbes;
import dev.shipgate.probe.check.CheckService;
import dev.shipgate.probe.external.ExternalProbes;
import dev.shipgate.server.ServerContext;
import dev.shipgate.server.ShipgateServer;
import dev.shipgate.status.StatusService;
import dev.shipgate.workflow.StatusWorkflow;
import dev.shipgate.workflow.health.HealthEvents;
import dev.shipgate.workflow.health.HealthRefresher;
import dev.shipgate.workflow.health.IncidentDesk;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shipgate serve} (O2): the ops server. Checks run in the background every {@code
 * server.refresh}; requests read the latest results. Logs are JSON lines on stderr. SIGTERM or
 * SIGINT stops it gracefully (exit 0).
 */
@Command(
    name = "serve",
    header = "Health, doctor, incidents, metrics and a dashboard over HTTP.",
    mixinStandardHelpOptions = true,
    description = {
      "Serve /health/live, /health/ready, /health/db, /health/status,",
      "/ops/migration-status, /ops/doctor, /ops/doctor/run, /ops/incidents,",
      "/internal/agents/health, /metrics and the dashboard at /.",
      "Checks run in the background (server.refresh); a request never waits",
      "on a dependency. Logs are JSON lines on stderr. SIGTERM stops it",
      "gracefully (in-flight requests finish, exit 0). See docs/serve.md."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port to listen on (default: server.port; 0 picks a free one).")
  Integer port;

  @Override
  public Integer call() throws InterruptedException {
    ShipgateConfig config = withPort(root.config());
    validate(config);
    PrintWriter err = root.output().err();
    Consumer<String> log =
        line -> {
          synchronized (err) {
            err.println(line);
            err.flush();
          }
        };
    DatabaseUrl db = database(config);
    if (db != null) {
      root.showsDatabaseUrl(db);
    }
    root.output().redactWith(Notifications.redactor(root.redactor(), config));
    Redactor redactor = root.redactor();
    Clock clock = Clock.systemUTC();
    ServerConfig sc = config.server();
    IncidentDesk desk = null;
    String storeError = null;
    try {
      desk = IncidentDesk.open(config, root.env(), clock);
    } catch (RuntimeException e) {
      storeError = e.getMessage();
      log.accept(event(clock, "store-closed").put("error", storeError).toString());
    }
    Supplier<StatusService.Request> statusRequest = () -> statusRequest(config);
    HealthRefresher refresher =
        refresher(config, db, redactor, desk, clock, statusRequest, sc, log);
    ServerContext context =
        new ServerContext(config, redactor, refresher, desk, storeError, clock, log);
    CountDownLatch stop = new CountDownLatch(1);
    Signals.onTerminate(stop::countDown);
    ShipgateServer server;
    try {
      server = ShipgateServer.start(context, statusRequest);
    } catch (RuntimeException e) {
      refresher.close();
      if (desk != null) {
        desk.close();
      }
      throw new ShipgateException(
          dev.shipgate.core.ErrorCode.USAGE,
          "cannot listen on "
              + sc.bind()
              + ":"
              + sc.port()
              + ": "
              + rootCause(e)
              + " (pick another port: --port N or server.port)");
    }
    refresher.start();
    ObjectNode started = event(clock, "started");
    started.put("url", "http://" + host(sc.bind()) + ":" + server.port() + "/");
    started.put("port", server.port());
    started.put("adminRoutes", sc.adminToken().isPresent());
    started.put("internalRoutes", sc.internalToken().isPresent());
    if (!sc.adminToken().isPresent()) {
      started.put(
          "note",
          "admin routes (/, /ops/doctor, /ops/doctor/run, /ops/incidents) are off (404): set"
              + " server.adminToken");
    }
    log.accept(started.toString());
    stop.await();
    log.accept(event(clock, "stopping").toString());
    server.stop();
    refresher.close();
    if (desk != null) {
      desk.close();
    }
    log.accept(event(clock, "stopped").toString());
    return ExitCode.OK.code();
  }

  private ShipgateConfig withPort(ShipgateConfig config) {
    if (port == null) {
      return config;
    }
    if (port < 0 || port > 65535) {
      throw ShipgateException.usage("--port must be between 0 and 65535, got " + port);
    }
    return config.withServer(config.server().withPort(port));
  }

  /** What the server needs of the config is sound before it starts: else exit 78, file:line. */
  static void validate(ShipgateConfig config) {
    ServerConfig sc = config.server();
    var src = config.source();
    if (!sc.refresh().isPositive()) {
      throw ConfigErrors.at(src, "must be more than 0 (e.g. 15s)", "server", "refresh");
    }
    if (!sc.timeout().isPositive()) {
      throw ConfigErrors.at(src, "must be more than 0 (e.g. 10s)", "server", "timeout");
    }
    if (!sc.bind().matches("[A-Za-z0-9.:\\-\\[\\]]+")) {
      throw ConfigErrors.at(
          src, "must be an address or host name (e.g. 127.0.0.1 or 0.0.0.0)", "server", "bind");
    }
    for (int i = 0; i < config.checks().size(); i++) {
      CheckProbes.of(config.checks().get(i), i, src);
    }
    for (int i = 0; i < config.externals().size(); i++) {
      ExternalProbes.of(config.externals().get(i), i, src);
    }
    for (int i = 0; i < config.agents().size(); i++) {
      AgentProbes.of(config.agents().get(i), i, src);
    }
  }

  /** The configured database, or null when there is none; a bad URL is exit 78. */
  private static DatabaseUrl database(ShipgateConfig config) {
    if (config.database().url().reveal().isBlank()) {
      return null;
    }
    return DatabaseTarget.resolve(null, config);
  }

  /** The request {@code shipgate status} (no flags) makes. */
  static StatusService.Request statusRequest(ShipgateConfig config) {
    return new StatusService.Request(
        DatabaseTarget.resolve(null, config),
        LintMigrationsCommand.configuredDir(config, "pass --dir DIR"),
        config.migrations().layout(),
        false,
        config.migrations().apply());
  }

  private static HealthRefresher refresher(
      ShipgateConfig config,
      DatabaseUrl db,
      Redactor redactor,
      IncidentDesk desk,
      Clock clock,
      Supplier<StatusService.Request> statusRequest,
      ServerConfig sc,
      Consumer<String> log) {
    Duration timeout = sc.timeout();
    java.util.Map<Object, String> last = new java.util.concurrent.ConcurrentHashMap<>();
    HealthRefresher.Builder b =
        HealthRefresher.builder(
            clock,
            sc.refresh(),
            e -> {
              if (changed(last, e)) {
                log.accept(eventLine(clock, e));
              }
            });
    if (db != null) {
      b.database(db, config.database().connect(), config.migrations().lockTimeout(), timeout);
      if (config.migrations().dir() != null) {
        b.migrations(StatusWorkflow.of(config, Events.none()), statusRequest, timeout);
      }
    }
    if (!config.checks().isEmpty() || !config.externals().isEmpty() || !config.agents().isEmpty()) {
      b.probes(
          () -> CheckService.run(config, redactor, List.of(), timeout), timeout.plusSeconds(1));
    }
    if (config.tunnel() != null) {
      b.tunnel(config.tunnel(), redactor, timeout);
    }
    if (desk != null) {
      b.incidents(desk, timeout);
    }
    b.deploys(config.report().dir(), timeout);
    return b.build();
  }

  /** Only what changed is logged: a part's first result, and each change of outcome. */
  private static boolean changed(java.util.Map<Object, String> last, dev.shipgate.core.Event e) {
    if (e instanceof HealthEvents.Checked c) {
      String now = c.ok() + "|" + c.timedOut() + "|" + c.error();
      return !now.equals(last.put(c.part(), now));
    }
    return true;
  }

  private static String eventLine(Clock clock, dev.shipgate.core.Event e) {
    ObjectNode o;
    switch (e) {
      case HealthEvents.Checked c -> {
        o = event(clock, "checked");
        o.put("part", c.part().id());
        o.put("ok", c.ok());
        o.put("timedOut", c.timedOut());
        o.put("durationMs", c.durationMs());
        o.put("error", c.error());
      }
      case HealthEvents.StillRunning r -> {
        o = event(clock, "still-running");
        o.put("part", r.part().id());
        o.put("runningMs", r.runningMs());
      }
      default -> o = event(clock, e.getClass().getSimpleName());
    }
    return o.toString();
  }

  private static ObjectNode event(Clock clock, String name) {
    ObjectNode o = Json.object();
    o.put("ts", clock.instant().toString());
    o.put("type", "event");
    o.put("event", name);
    return o;
  }

  private static String host(String bind) {
    return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
