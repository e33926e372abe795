package dev.shipgate.config;

/** Who applies migrations: shipgate's own runner, or the team's migrator command. */
public enum ApplyMode {
  BUILTIN,
  COMMAND
}
