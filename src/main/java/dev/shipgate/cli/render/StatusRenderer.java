package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.status.MigrationStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The JSON (PRODUCT.md §4, exactly those fields) and text forms of a {@link MigrationStatus}. */
public final class StatusRenderer {
  private StatusRenderer() {}

  public static ObjectNode json(MigrationStatus s) {
    ObjectNode o = Json.object();
    o.put("migrated", s.migrated());
    o.put("source", s.source());
    o.put("current", s.current());
    o.put("head", s.head());
    array(o.putArray("pending"), s.pending());
    array(o.putArray("failed"), s.failed());
    array(o.putArray("changed"), s.changed());
    ObjectNode checks = o.putObject("checks");
    s.checks().forEach(checks::put);
    return o;
  }

  public static void text(MigrationStatus s, PrintWriter out) {
    String where =
        s.migrated()
            ? "at head " + or(s.head(), "(no migrations)")
            : "NOT at head: current "
                + or(s.current(), "(none)")
                + ", head "
                + or(s.head(), "(none)");
    out.println("migrations: " + where + " (history: " + s.source() + ")");
    out.println("pending:    " + list(s.pending()));
    out.println("failed:     " + list(s.failed()));
    out.println("changed:    " + list(s.changed()));
    for (String note : s.notes()) {
      out.println("  - " + note);
    }
    if (!s.checks().isEmpty()) {
      out.println("checks:");
      for (Map.Entry<String, Boolean> e : s.checks().entrySet()) {
        out.println("  " + (e.getValue() ? "ok   " : "FAIL ") + e.getKey());
      }
    }
    long failedChecks = s.checks().values().stream().filter(v -> !v).count();
    List<String> problems = new java.util.ArrayList<>();
    count(problems, s.pending().size(), "pending");
    count(problems, s.failed().size(), "failed");
    count(problems, s.changed().size(), "changed");
    count(problems, (int) failedChecks, failedChecks == 1 ? "check failed" : "checks failed");
    if (problems.isEmpty() && !s.migrated()) {
      problems.add("not at head");
    }
    out.println("status: " + (s.ok() ? "OK" : "FAILED (" + String.join(", ", problems) + ")"));
  }

  private static void count(List<String> problems, int n, String what) {
    if (n > 0) {
      problems.add(n + " " + what);
    }
  }

  private static void array(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static String list(List<String> values) {
    if (values.isEmpty()) {
      return "-";
    }
    if (values.size() > 20) {
      return String.join(", ", values.subList(0, 20)) + " ... (" + values.size() + " in all)";
    }
    return String.join(", ", values);
  }

  private static String or(String s, String fallback) {
    return s == null ? fallback : s;
  }
}
