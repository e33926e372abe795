package dev.shipgate.incidents.notify;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.incidents.IncidentService;
import dev.shipgate.store.Store;
import dev.shipgate.store.StoreSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Wires the store from {@code store:} to an {@link IncidentService} whose writes are delivered by a
 * {@link Notifier} for {@code notify:}. Commands open it through {@code
 * workflow.incidents.Incidents}, which hands in the schema runner. A command uses one service (one
 * notify budget); a long-running loop passes {@link Budget#perDispatch}.
 */
public final class Notifications {
  private Notifications() {}

  /**
   * Opens the store ({@code schema} brings its tables up to date) with {@code clock} and {@code
   * budget}.
   */
  public static Opened open(
      ShipgateConfig config,
      Map<String, String> env,
      StoreSchema.Runner schema,
      Clock clock,
      Budget budget) {
    return open(config, env, schema, clock, Time.of(clock), budget, new JdkHttpSender());
  }

  static Opened open(
      ShipgateConfig config,
      Map<String, String> env,
      StoreSchema.Runner schema,
      Clock clock,
      Time time,
      Budget budget,
      HttpSender http) {
    Redactor redactor = redactor(config, env);
    Store store = Store.open(Store.url(config), schema);
    IncidentService service = new IncidentService(store, config.incidents(), redactor, clock);
    Notifier notifier =
        new Notifier(
            service, Destinations.of(config.notifications()), project(config), budget, time, http);
    service.dispatchWith(notifier);
    return new Opened(service, notifier);
  }

  /** The config's redactor, also masking the URLs that {@code baseUrl} derives from secrets. */
  public static Redactor redactor(ShipgateConfig config, Map<String, String> env) {
    return redactor(Redactor.of(config, env), config);
  }

  /** {@link #redactor} on top of an existing one (the CLI's output boundary). */
  public static Redactor redactor(Redactor base, ShipgateConfig config) {
    Redactor r = base;
    for (String derived : Destinations.derivedSecrets(config.notifications())) {
      r = r.withSecret(derived);
    }
    return r;
  }

  /** The project name shown in messages: {@code project:}, else the config directory's name. */
  public static String project(ShipgateConfig config) {
    if (config.project() != null && !config.project().isBlank()) {
      return config.project();
    }
    Path dir = config.source().baseDir().getFileName();
    return dir == null ? "default" : dir.toString();
  }

  /** An open service and the notifier delivering for it; close the service when done. */
  public record Opened(IncidentService service, Notifier notifier) implements AutoCloseable {
    @Override
    public void close() {
      service.close();
    }
  }
}
