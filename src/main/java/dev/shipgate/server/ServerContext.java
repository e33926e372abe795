package dev.shipgate.server;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.workflow.health.HealthRefresher;
import dev.shipgate.workflow.health.IncidentDesk;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What the handlers share: the config (with {@code server:} as it will listen), the redactor of the
 * output boundary, the refresher's cache, the incident store (null when it could not be opened,
 * with {@code storeError} saying why), the clock and the JSON-lines log.
 */
public record ServerContext(
    ShipgateConfig config,
    Redactor redactor,
    HealthRefresher refresher,
    IncidentDesk desk,
    String storeError,
    Clock clock,
    Consumer<String> log) {}
