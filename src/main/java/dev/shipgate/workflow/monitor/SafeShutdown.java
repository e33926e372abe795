package dev.shipgate.workflow.monitor;

import dev.shipgate.config.MonitorTargetConfig;
import dev.shipgate.config.ServiceConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.process.ShellCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Safe shutdown (E3): every service with a {@code monitor.targets.<service>.stop} command is
 * stopped gracefully, in reverse order of {@code services:} (what was started last stops first).
 */
final class SafeShutdown {
  private SafeShutdown() {}

  static List<MonitorReport.Stopped> stopServices(ShipgateConfig config) {
    List<ServiceConfig> services = new ArrayList<>(config.services());
    java.util.Collections.reverse(services);
    List<MonitorReport.Stopped> out = new ArrayList<>();
    for (ServiceConfig s : services) {
      MonitorTargetConfig o = config.monitor().target(s.name());
      if (o.stop() == null || o.stop().isBlank()) {
        continue;
      }
      try {
        ShellCommand.Result r =
            ShellCommand.run(
                o.stop(), config.source().baseDir(), Map.of(), o.stopTimeout(), line -> {});
        out.add(new MonitorReport.Stopped(s.name(), r.exitCode(), r.timedOut()));
      } catch (IOException e) {
        out.add(new MonitorReport.Stopped(s.name(), -1, false));
      }
    }
    return out;
  }
}
