package dev.shipgate.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The whole `shipgate.yaml` (PRODUCT.md §3), immutable, with defaults filled in and relative paths
 * resolved against the config file's directory. Build it with {@link ConfigLoader}.
 */
public record ShipgateConfig(
    Integer version,
    String project,
    String environment,
    EnvConfig env,
    DatabaseConfig database,
    MigrationsConfig migrations,
    List<ServiceConfig> services,
    TunnelConfig tunnel,
    List<ExternalConfig> externals,
    List<AgentConfig> agents,
    List<CheckConfig> checks,
    VerifyConfig verify,
    ReportConfig report,
    Secret store,
    IncidentsConfig incidents,
    @JsonProperty("notify") NotifyConfig notifications,
    ObservabilityConfig observability,
    ServerConfig server,
    LintConfig lint,
    MonitorConfig monitor,
    LogsConfig logs,
    @JsonIgnore ConfigSource source,
    PreflightConfig preflight,
    DeployConfig deploy) {

  public static final String DEFAULT_STORE = "sqlite:.shipgate/shipgate.db";

  public ShipgateConfig {
    version = Immutables.or(version, 1);
    environment = environment == null || environment.isBlank() ? "development" : environment;
    env = Immutables.or(env, EnvConfig.defaults());
    database = Immutables.or(database, DatabaseConfig.defaults());
    migrations = Immutables.or(migrations, MigrationsConfig.defaults());
    services = Immutables.list(services);
    externals = Immutables.list(externals);
    agents = Immutables.list(agents);
    checks = Immutables.list(checks);
    verify = Immutables.or(verify, VerifyConfig.defaults());
    report = Immutables.or(report, ReportConfig.defaults());
    store = store == null || !store.isPresent() ? Secret.of(DEFAULT_STORE) : store;
    incidents = Immutables.or(incidents, IncidentsConfig.defaults());
    notifications = Immutables.or(notifications, NotifyConfig.defaults());
    observability = Immutables.or(observability, ObservabilityConfig.defaults());
    server = Immutables.or(server, ServerConfig.defaults());
    lint = Immutables.or(lint, LintConfig.defaults());
    monitor = Immutables.or(monitor, MonitorConfig.defaults());
    logs = Immutables.or(logs, LogsConfig.defaults());
    source = Immutables.or(source, ConfigSource.none());
    preflight = Immutables.or(preflight, PreflightConfig.defaults());
    deploy = Immutables.or(deploy, DeployConfig.defaults());
  }

  /** The configuration used when there is no `shipgate.yaml`: every default. */
  public static ShipgateConfig defaults() {
    return new ShipgateConfig(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);
  }

  public boolean isProduction() {
    return "production".equalsIgnoreCase(environment);
  }

  ShipgateConfig withResolved(
      MigrationsConfig m, ReportConfig r, List<ServiceConfig> s, ConfigSource src) {
    return withResolved(m, r, s, logs, src);
  }

  ShipgateConfig withResolved(
      MigrationsConfig m, ReportConfig r, List<ServiceConfig> s, LogsConfig l, ConfigSource src) {
    return new ShipgateConfig(
        version,
        project,
        environment,
        env,
        database,
        m,
        s,
        tunnel,
        externals,
        agents,
        checks,
        verify,
        r,
        store,
        incidents,
        notifications,
        observability,
        server,
        lint,
        monitor,
        l,
        src,
        preflight,
        deploy);
  }

  /** This config with another {@code server:} section ({@code serve --port}). */
  public ShipgateConfig withServer(ServerConfig s) {
    return new ShipgateConfig(
        version,
        project,
        environment,
        env,
        database,
        migrations,
        services,
        tunnel,
        externals,
        agents,
        checks,
        verify,
        report,
        store,
        incidents,
        notifications,
        observability,
        s,
        lint,
        monitor,
        logs,
        source,
        preflight,
        deploy);
  }
}
