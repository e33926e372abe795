package dev.shipgate.migrate;

import java.nio.file.Path;

/**
 * One file a run will apply (a dry run: would apply).
 *
 * @param version the version text, or null for a repeatable
 * @param outsideTransaction why it must run outside a transaction, or null
 */
public record PlannedStep(String name, Path file, String version, String outsideTransaction) {
  static PlannedStep of(Step s) {
    return new PlannedStep(s.name(), s.script().file().path(), s.version(), s.outsideTransaction());
  }
}
