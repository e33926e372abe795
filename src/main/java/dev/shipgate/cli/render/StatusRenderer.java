package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.schema.ExpectationResult;
import dev.shipgate.status.HistoryStatus;
import dev.shipgate.status.StatusNote;
import dev.shipgate.workflow.StatusReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON (PRODUCT.md §4, exactly those fields; also served at {@code /ops/migration-status}) and
 * text forms of {@code status}.
 */
public final class StatusRenderer {
  private StatusRenderer() {}

  public static ObjectNode json(StatusReport r) {
    ObjectNode o = history(r.history());
    ObjectNode checks = o.putObject("checks");
    r.checks().checks().forEach(checks::put);
    return o;
  }

  /** The history fields of the status document (also what {@code migrate} reports). */
  public static ObjectNode history(HistoryStatus s) {
    ObjectNode o = Json.object();
    o.put("migrated", s.migrated());
    o.put("source", s.source());
    o.put("current", s.current());
    o.put("head", s.head());
    array(o.putArray("pending"), s.pending());
    array(o.putArray("failed"), s.failed());
    array(o.putArray("changed"), s.changed());
    return o;
  }

  public static void text(StatusReport r, PrintWriter out) {
    HistoryStatus s = r.history();
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
    List<StatusNote> notes = new ArrayList<>(s.notes());
    for (ExpectationResult m : r.checks().missing()) {
      notes.add(new StatusNote(StatusNote.Kind.CHECK_FAILED, m.key(), m.detail()));
    }
    for (StatusNote note : notes) {
      out.println("  - " + note.describe());
    }
    Map<String, Boolean> checks = r.checks().checks();
    if (!checks.isEmpty()) {
      out.println("checks:");
      for (Map.Entry<String, Boolean> e : checks.entrySet()) {
        out.println("  " + (e.getValue() ? "ok   " : "FAIL ") + e.getKey());
      }
    }
    long failedChecks = checks.values().stream().filter(v -> !v).count();
    List<String> problems = new ArrayList<>();
    count(problems, s.pending().size(), "pending");
    count(problems, s.failed().size(), "failed");
    count(problems, s.changed().size(), "changed");
    count(problems, (int) failedChecks, failedChecks == 1 ? "check failed" : "checks failed");
    if (problems.isEmpty() && !s.migrated()) {
      problems.add("not at head");
    }
    out.println("status: " + (r.ok() ? "OK" : "FAILED (" + String.join(", ", problems) + ")"));
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
