package dev.shipgate.cli.render.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.Json;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import java.io.PrintWriter;

/**
 * `--format json`: the document of PRODUCT.md §4 (ok, findings, targets, summary). {@code targets}
 * lists every directory or file checked with its layout, so CI can tell "checked nothing" ({@code
 * checked: false}) from "all good".
 */
final class JsonRenderer implements LintRenderer {
  @Override
  public void render(LintReport report, PrintWriter out, boolean color) {
    ObjectNode root = Json.object();
    root.put("ok", report.ok());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.rule().id());
      n.put("severity", f.severity().id());
      n.put("path", f.path() == null ? null : DisplayPaths.of(f.path()));
      if (f.line() == null) {
        n.putNull("line");
      } else {
        n.put("line", f.line());
      }
      n.put("message", f.message());
      n.put("hint", f.hint());
    }
    ArrayNode targets = root.putArray("targets");
    for (LintReport.Target t : report.targets()) {
      ObjectNode n = targets.addObject();
      n.put("path", DisplayPaths.of(t.path()));
      n.put("layout", t.layout());
      n.put("files", t.files());
      n.put("checked", t.checked());
      if (t.note() != null) {
        n.put("note", t.note());
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", report.files());
    summary.put("errors", report.errors());
    summary.put("warnings", report.warnings());
    Json.write(root, out);
  }
}
