package dev.shipgate.workflow.doctor;

import dev.shipgate.config.TunnelConfig;
import dev.shipgate.workflow.health.HealthSnapshot;
import java.util.List;

/**
 * The diagnostics bundle: the health snapshot it was built from, config facts that hold no secret
 * (externals' masked ids, the tunnel's configuration, whether tokens are set) and the recommended
 * actions, most urgent first.
 */
public record DoctorReport(
    HealthSnapshot snapshot,
    List<ExternalFacts> externals,
    TunnelConfig tunnel,
    boolean adminTokenConfigured,
    boolean internalTokenConfigured,
    boolean incidentStoreOpen,
    List<Action> actions) {
  public DoctorReport {
    externals = List.copyOf(externals);
    actions = List.copyOf(actions);
  }
}
