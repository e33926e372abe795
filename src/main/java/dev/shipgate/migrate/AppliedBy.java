package dev.shipgate.migrate;

import java.net.InetAddress;

/** Who applied a migration, for the history table: OS user @ host (never a credential). */
final class AppliedBy {
  private AppliedBy() {}

  static String get() {
    String user = System.getProperty("user.name", "unknown");
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException e) {
        host = "localhost";
      }
    }
    String by = user + "@" + host;
    return by.length() > 200 ? by.substring(0, 200) : by;
  }
}
