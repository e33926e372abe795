package dev.shipgate.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.config.ServerConfig;
import dev.shipgate.status.StatusService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The ops server: Javalin on Jetty's platform threads, the routes of {@link Routes}, one guard, one
 * responder. {@link #stop} is graceful: the port closes at once, requests in flight finish (up to
 * {@link #STOP_TIMEOUT_MS}).
 */
public final class ShipgateServer implements AutoCloseable {
  static final long STOP_TIMEOUT_MS = 20_000;
  private static final String ROUTE = "shipgate.route";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Javalin app;
  private final ServerContext context;

  private ShipgateServer(Javalin app, ServerContext context) {
    this.app = app;
    this.context = context;
  }

  /**
   * Starts listening on {@code server.bind}:{@code server.port} (0: any free port).
   *
   * @param statusRequest what {@code shipgate status} would ask (for its error document when
   *     migration status is not configured)
   */
  public static ShipgateServer start(
      ServerContext context, Supplier<StatusService.Request> statusRequest) {
    ServerConfig sc = context.config().server();
    Guard guard = new Guard(sc, context.clock());
    Responder responder = new Responder(context.redactor());
    AccessLog log = new AccessLog(context.log(), context.clock());
    ServerMetrics metrics = new ServerMetrics();
    context.refresher().subscribe(() -> metrics.observe(context.refresher().snapshot()));
    List<Route> routes =
        Routes.of(
            new HealthController(context),
            new OpsController(context, statusRequest),
            new AgentsController(context),
            new RecoveryController(context),
            new MetricsController(context, metrics),
            new DashboardController(context, guard));
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              // Jetty's pool of platform threads: see core.Threads for why not virtual ones
              cfg.concurrency.useVirtualThreads = false;
              cfg.http.generateEtags = false;
              cfg.jetty.host = sc.bind();
              cfg.jetty.port = sc.port();
              cfg.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(STOP_TIMEOUT_MS);
                    server.setStopAtShutdown(false);
                    server.insertHandler(new GracefulHandler());
                  });
              for (Route r : routes) {
                cfg.routes.addHttpHandler(
                    r.method(), r.path(), ctx -> handle(r, ctx, guard, responder));
              }
              cfg.routes.error(404, ctx -> notFound(ctx, responder));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    ObjectNode line = log.line("error");
                    line.put("path", ctx.path());
                    line.put("error", String.valueOf(e));
                    log.emit(line);
                    responder.write(ctx, Reply.error(500, "internal error (see the server log)"));
                  });
              cfg.requestLogger.http(
                  (ctx, ms) -> {
                    String route = ctx.attribute(ROUTE);
                    metrics.request(
                        ctx.method().name(),
                        route == null ? "unmatched" : route,
                        ctx.statusCode(),
                        Math.round(ms));
                    log.access(
                        ctx.method().name(),
                        ctx.path(),
                        ctx.statusCode(),
                        Math.round(ms),
                        ctx.ip(),
                        ctx.res().getHeader("X-Request-ID"));
                  });
            });
    app.start();
    if (app.jettyServer().server().getDescendant(GracefulHandler.class) == null) {
      app.stop();
      throw new IllegalStateException("no graceful-stop handler in the Jetty handler chain");
    }
    return new ShipgateServer(app, context);
  }

  private static void handle(Route r, Context ctx, Guard guard, Responder responder)
      throws Exception {
    ctx.attribute(ROUTE, r.path());
    String id = ctx.header("X-Request-ID");
    ctx.header("X-Request-ID", id != null && SAFE_ID.matcher(id).matches() ? id : newId());
    Reply rejected = guard.check(r.access(), ctx);
    responder.write(ctx, rejected != null ? rejected : r.endpoint().handle(ctx));
  }

  private static void notFound(Context ctx, Responder responder) {
    String type = ctx.res().getContentType();
    if (ctx.result() == null || type == null || !type.startsWith("application/json")) {
      responder.write(ctx, Reply.notFound());
    }
  }

  private static String newId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  public int port() {
    return app.port();
  }

  public ServerContext context() {
    return context;
  }

  /** Stops accepting, lets requests in flight finish, then returns. */
  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
