package dev.shipgate.workflow.monitor;

import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.probe.Probe;
import java.time.Duration;
import java.util.List;

/** How one monitor target is checked. */
sealed interface TargetCheck {
  /** HTTP probes; the target passes when all pass (a service's {@code ready} list). */
  record Http(List<Probe> probes) implements TargetCheck {}

  /** A fresh connection and a round trip, bounded by {@code timeout}. */
  record Database(DatabaseUrl url, Duration timeout) implements TargetCheck {}

  /** A running process whose name or command line matches. */
  record Process(String name) implements TargetCheck {}
}
