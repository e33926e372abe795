package dev.shipgate.cli;

import dev.shipgate.core.ShipgateVersion;
import picocli.CommandLine;

/** `shipgate --version`. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "shipgate " + ShipgateVersion.get(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
