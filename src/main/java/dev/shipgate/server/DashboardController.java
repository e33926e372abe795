package dev.shipgate.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /}: the dashboard (O4) for a valid session or admin token, else the login form; {@code
 * POST /login} checks the token (same limiter as the API) and sets the HttpOnly, SameSite=Strict
 * session cookie; {@code POST /logout} clears it. Off (404) without {@code server.adminToken}.
 * Templates are precompiled (jte maven plugin) and need no assets from anywhere.
 */
final class DashboardController {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);

  private final ServerContext server;
  private final Guard guard;

  DashboardController(ServerContext server, Guard guard) {
    this.server = server;
    this.guard = guard;
  }

  Reply page(Context ctx) {
    if (!guard.adminEnabled()) {
      return Reply.notFound();
    }
    if (!guard.hasSession(ctx) && guard.check(Access.ADMIN, ctx) != null) {
      return login(200, null);
    }
    DashboardView view =
        DashboardView.of(
            project(),
            server.refresher().snapshot(),
            server.config().server().refresh(),
            server.storeError());
    return Reply.html(200, render("dashboard.jte", view));
  }

  Reply login(Context ctx) {
    if (!guard.adminEnabled()) {
      return Reply.notFound();
    }
    Reply rejected = guard.login(ctx, ctx.formParam("token"));
    if (rejected != null) {
      String why =
          rejected.status() == 429 ? "Too many failed attempts; wait a minute." : "Wrong token.";
      Reply page = login(rejected.status(), why);
      String retry = rejected.headers().get("Retry-After");
      return retry == null ? page : page.withHeader("Retry-After", retry);
    }
    boolean https = "https".equalsIgnoreCase(ctx.scheme());
    return new Reply(
        303,
        Reply.HTML,
        "",
        Map.of("Location", "/", "Set-Cookie", guard.session().setCookie(https)));
  }

  Reply logout(Context ctx) {
    if (!guard.adminEnabled()) {
      return Reply.notFound();
    }
    return new Reply(
        303, Reply.HTML, "", Map.of("Location", "/", "Set-Cookie", SessionCookie.clearCookie()));
  }

  private Reply login(int status, String error) {
    return Reply.html(status, render("login.jte", error));
  }

  private String project() {
    String p = server.config().project();
    return p == null || p.isBlank() ? "shipgate" : p;
  }

  private static String render(String template, Object param) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, param, out);
    return out.toString();
  }
}
