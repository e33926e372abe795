package dev.shipgate.workflow.health;

import dev.shipgate.probe.ProbeStatus;
import java.util.List;

/** Every configured tunnel layer's last result. */
public record TunnelState(List<TunnelLayer> layers) {
  public TunnelState {
    layers = List.copyOf(layers);
  }

  public boolean ok() {
    return layers.stream().noneMatch(l -> l.status() == ProbeStatus.FAIL);
  }
}
