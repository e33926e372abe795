package dev.shipgate.workflow.verify;

import dev.shipgate.probe.ProbeResult;

/**
 * One thing a verify stage looked at: a process, a container, the migration state, a schema check,
 * an endpoint (with its probe result), a row floor.
 */
public record VerifyItem(String name, boolean ok, String detail, ProbeResult probe) {
  public static VerifyItem pass(String name, String detail) {
    return new VerifyItem(name, true, detail, null);
  }

  public static VerifyItem fail(String name, String detail) {
    return new VerifyItem(name, false, detail, null);
  }
}
