package dev.shipgate.verify;

/** One thing a verify stage looked at: a process, a container, an endpoint, a table. */
public record VerifyItem(String name, boolean ok, String detail) {
  public static VerifyItem pass(String name, String detail) {
    return new VerifyItem(name, true, detail);
  }

  public static VerifyItem fail(String name, String detail) {
    return new VerifyItem(name, false, detail);
  }
}
