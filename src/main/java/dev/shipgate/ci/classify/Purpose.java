package dev.shipgate.ci.classify;

/**
 * What a command, step or job does, as far as failures go. The first five are critical: when they
 * fail, the change must not ship. Informational work (coverage uploads, scanners, reports,
 * notifications) and cleanup may fail without blocking.
 */
public enum Purpose {
  TEST("runs tests"),
  MIGRATION("applies database migrations"),
  BUILD("builds"),
  TYPECHECK("type-checks"),
  DEPLOY("deploys or publishes"),
  INFORMATIONAL("is informational (coverage, scan, report or notification)"),
  CLEANUP("cleans up"),
  NEUTRAL("does setup or housekeeping"),
  UNKNOWN("does something shipgate cannot tell");

  private final String verb;

  Purpose(String verb) {
    this.verb = verb;
  }

  /** A phrase for messages: "runs tests", "deploys or publishes". */
  public String verb() {
    return verb;
  }

  public boolean critical() {
    return ordinal() <= DEPLOY.ordinal();
  }
}
