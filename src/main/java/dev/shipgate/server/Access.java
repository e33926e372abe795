package dev.shipgate.server;

/** Who may call a route. */
public enum Access {
  /** Anyone who can reach the port. */
  ANYONE,
  /**
   * {@code Authorization: Bearer <server.adminToken>} (or the dashboard's session cookie on GET).
   */
  ADMIN,
  /** {@code Authorization: Bearer <server.internalToken>}. */
  INTERNAL,
  /** Anyone, or the admin token when {@code server.metricsAuth} is true. */
  METRICS
}
