package dev.shipgate.incidents;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.workflow.incidents.Incidents;
import java.nio.file.Path;

/**
 * A child process for the kill -9 test: records, bumps and resolves incidents in a loop until it is
 * killed. Run from the test classpath.
 */
public final class RecorderLoop {
  private RecorderLoop() {}

  public static void main(String[] args) {
    ShipgateConfig config = new ConfigLoader(System::getenv).loadFile(Path.of(args[0]));
    try (Notifications.Opened opened = Incidents.open(config, System.getenv())) {
      IncidentService s = opened.service();
      for (long i = 0; ; i++) {
        String key = "loop/k" + (i % 7);
        if (i % 5 == 4) {
          s.resolveKey(key, "loop resolves " + i);
        } else {
          s.record(
              Detection.of(
                  key,
                  i % 3 == 0 ? Severity.CRITICAL : Severity.WARN,
                  Category.OTHER,
                  "loop detection " + i,
                  JsonNodeFactory.instance.objectNode().put("i", i)));
        }
      }
    }
  }
}
