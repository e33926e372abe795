package dev.shipgate.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, read once from the filtered {@code shipgate-version.properties}. */
public final class ShipgateVersion {
  private static final String VERSION = load();

  private ShipgateVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        ShipgateVersion.class.getResourceAsStream("/shipgate-version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
