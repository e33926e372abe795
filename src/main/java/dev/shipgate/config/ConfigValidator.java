package dev.shipgate.config;

import dev.shipgate.core.ShipgateException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what the types alone cannot: required keys, unique names, consistent combinations. The
 * first problem stops loading (HikariCP style: validate early, then seal).
 */
final class ConfigValidator {
  private ConfigValidator() {}

  static void validate(ShipgateConfig c) {
    ConfigSource src = c.source();
    if (c.version() != 1) {
      fail(
          src,
          "version 1 is the only config version this shipgate reads; set version: 1",
          "version");
    }
    if (c.database().connect().attempts() < 1) {
      fail(
          src, "'database.connect.attempts' must be at least 1", "database", "connect", "attempts");
    }
    if (c.migrations().apply() == ApplyMode.COMMAND && blank(c.migrations().command())) {
      fail(
          src,
          "'migrations.apply: command' needs 'migrations.command' (e.g. npx prisma migrate deploy)",
          "migrations",
          "apply");
    }
    uniqueNames(src, "services", c.services().stream().map(ServiceConfig::name).toList());
    for (int i = 0; i < c.services().size(); i++) {
      if (blank(c.services().get(i).start())) {
        fail(
            src,
            "'services[" + i + "].start' is required: the command that starts it",
            "services",
            i);
      }
    }
    uniqueNames(src, "checks", c.checks().stream().map(CheckConfig::name).toList());
    for (int i = 0; i < c.checks().size(); i++) {
      requireUrl(src, c.checks().get(i).get(), "checks", i, "get");
    }
    uniqueNames(src, "externals", c.externals().stream().map(ExternalConfig::name).toList());
    for (int i = 0; i < c.externals().size(); i++) {
      ExternalConfig e = c.externals().get(i);
      if (e.type() == null) {
        fail(
            src,
            "'externals[" + i + "].type' is required: stripe, openai, cloudflare or http",
            "externals",
            i);
      }
      if (e.type() == ExternalType.HTTP && !e.optional() && blank(e.get()) && blank(e.baseUrl())) {
        fail(src, "'externals[" + i + "]' of type http needs 'get: URL'", "externals", i);
      }
    }
    uniqueNames(src, "agents", c.agents().stream().map(AgentConfig::name).toList());
    for (int i = 0; i < c.agents().size(); i++) {
      if (c.agents().get(i).url() == null) {
        fail(src, "'agents[" + i + "].url' is required (the agent's base URL)", "agents", i);
      }
    }
    for (int i = 0; i < c.verify().endpoints().size(); i++) {
      requireUrl(src, c.verify().endpoints().get(i).get(), "verify", "endpoints", i, "get");
    }
    int port = c.server().port();
    if (port < 0 || port > 65535) {
      fail(src, "'server.port' must be between 0 and 65535", "server", "port");
    }
    incidents(src, c.incidents());
    notify(src, c.notifications());
  }

  private static void incidents(ConfigSource src, IncidentsConfig i) {
    if (i.keepDays() < 1) {
      fail(
          src,
          "'incidents.keepDays' must be at least 1 (days a resolved incident is kept)",
          "incidents",
          "keepDays");
    }
  }

  private static void notify(ConfigSource src, NotifyConfig n) {
    Duration t = n.timeout();
    if (!t.isPositive() || t.compareTo(Duration.ofMinutes(1)) > 0) {
      fail(
          src,
          "'notify.timeout' must be more than 0 and at most 1m (notifications may take this much"
              + " of a command's time)",
          "notify",
          "timeout");
    }
    webhook(src, n.slack(), "slack", "the incoming webhook URL Slack gave you");
    webhook(src, n.webhook(), "webhook", "the URL that receives the JSON");
    GithubNotifyConfig gh = n.github();
    if (gh == null) {
      return;
    }
    if (blank(gh.repo()) || !gh.repo().matches("[^/\\s]+/[^/\\s]+")) {
      fail(src, "'notify.github.repo' must be owner/name", "notify", "github", "repo");
    }
    if (gh.issue() == null || gh.issue() < 1) {
      fail(
          src,
          "'notify.github.issue' is required: the number of the issue to comment on",
          "notify",
          "github",
          "issue");
    }
    if (!ConfigCheck.isHttpUrl(gh.baseUrl())) {
      fail(
          src,
          "'notify.github.baseUrl' must be an http(s) URL such as https://api.github.com",
          "notify",
          "github",
          "baseUrl");
    }
  }

  private static void webhook(ConfigSource src, WebhookTarget w, String key, String what) {
    if (w.isConfigured() && !ConfigCheck.isHttpUrl(w.url().reveal())) {
      // never echo the value: the URL is the credential
      fail(src, "'notify." + key + "' must be an http(s) URL: " + what, "notify", key);
    }
    if (w.baseUrl() != null && !ConfigCheck.isHttpUrl(w.baseUrl())) {
      fail(
          src,
          "'notify." + key + ".baseUrl' must be an http(s) URL such as http://127.0.0.1:8080",
          "notify",
          key,
          "baseUrl");
    }
  }

  private static void uniqueNames(ConfigSource src, String section, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (blank(name)) {
        fail(src, "'" + section + "[" + i + "].name' is required", section, i);
      }
      if (!seen.add(name)) {
        fail(
            src,
            "'" + section + "[" + i + "].name' '" + name + "' is used twice; names must be unique",
            section,
            i,
            "name");
      }
    }
  }

  private static void requireUrl(ConfigSource src, String url, Object... path) {
    if (url == null) {
      fail(
          src,
          "'" + BindingErrors.dotted(List.of(path)) + "' is required (the URL to request)",
          path);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void fail(ConfigSource src, String message, Object... path) {
    throw ShipgateException.config(src.where(path) + ": " + message);
  }
}
