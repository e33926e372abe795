package dev.shipgate.recovery;

import dev.shipgate.config.RecoveryBudgetConfig;
import java.util.Objects;

/** A target the engine may recover: its name, its action, and its budget. */
public record RecoveryTarget(String name, RecoveryAction action, RecoveryBudgetConfig budget) {
  public RecoveryTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    budget = budget == null ? RecoveryBudgetConfig.defaults() : budget;
  }
}
