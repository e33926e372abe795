package dev.shipgate.workflow.deploy;

import dev.shipgate.config.ServiceConfig;
import dev.shipgate.deploy.ServiceProcess;

/** A service this run started, with its config and its index in {@code services}. */
record Started(ServiceConfig config, int index, ServiceProcess process) {
  String name() {
    return config.name();
  }

  String role() {
    return config.role().name().toLowerCase(java.util.Locale.ROOT);
  }
}
