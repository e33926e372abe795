package dev.shipgate.config;

/**
 * A config record that checks its own values when the config loads (HikariCP style: validate every
 * setting, then seal). The loader visits every record of the config tree, depth first in the order
 * of its components, and calls this with a check positioned at the record's key. Before that,
 * {@link StructureCheck} has already rejected empty list items and empty map values, so an
 * implementation may assume its lists and maps hold no nulls.
 */
public interface ConfigSection {
  /** Throws (through {@link ConfigCheck#fail}) at the first value that is wrong. */
  void validate(ConfigCheck check);
}
