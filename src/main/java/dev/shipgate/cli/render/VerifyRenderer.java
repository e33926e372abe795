package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.workflow.verify.StageResult;
import dev.shipgate.workflow.verify.StageStatus;
import dev.shipgate.workflow.verify.VerifyItem;
import dev.shipgate.workflow.verify.VerifyReport;
import java.io.PrintWriter;

/** Text and JSON forms of a {@link VerifyReport}. */
public final class VerifyRenderer {
  private VerifyRenderer() {}

  public static ObjectNode json(VerifyReport report, int exitCode) {
    ObjectNode root = Json.object();
    root.put("ok", report.ok());
    root.put("exitCode", exitCode);
    root.put("quick", report.quick());
    root.put("durationMs", report.durationMs());
    ArrayNode stages = root.putArray("stages");
    for (StageResult s : report.stages()) {
      ObjectNode n = stages.addObject();
      n.put("number", s.number());
      n.put("name", s.name());
      n.put("status", s.status().name());
      n.put("durationMs", s.durationMs());
      n.put("detail", s.detail());
      ArrayNode results = n.putArray("results");
      for (VerifyItem i : s.items()) {
        ObjectNode r = results.addObject();
        r.put("name", i.name());
        r.put("ok", i.ok());
        r.put("detail", i.detail());
        if (i.probe() != null) {
          r.set("probe", CheckJson.result(i.probe()));
        }
      }
    }
    return root;
  }

  public static void text(VerifyReport report, int exitCode, PrintWriter out) {
    for (StageResult s : report.stages()) {
      String head = "[" + s.number() + "] " + s.name() + ": " + s.status();
      if (s.status() != StageStatus.SKIP) {
        head += " (" + s.durationMs() + " ms)";
      } else if (s.detail() != null) {
        head += " (" + s.detail() + ")";
      }
      out.println(head);
      int width = s.items().stream().mapToInt(i -> i.name().length()).max().orElse(0);
      for (VerifyItem i : s.items()) {
        out.printf(
            "      %-4s  %-" + width + "s  %s%n",
            i.ok() ? "ok" : "FAIL",
            i.name(),
            i.detail() == null ? "" : i.detail());
      }
    }
    int code = exitCode;
    if (code == 0) {
      out.println(
          "verify: OK in "
              + report.durationMs()
              + " ms"
              + (report.quick() ? " (quick: endpoints skipped)" : ""));
    } else if (report.failed().size() > 1) {
      out.println(
          "verify: FAILED: " + report.failed().size() + " stages failed (exit " + code + ")");
    } else {
      out.println(
          "verify: FAILED at stage "
              + code
              + " ("
              + report.failed().get(0).name()
              + "), exit "
              + code);
    }
    out.flush();
  }
}
