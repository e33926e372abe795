package dev.shipgate.cli.render.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateVersion;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.Rule;
import dev.shipgate.lint.Severity;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. Every rule is listed in the
 * driver (ruleIndex = position); paths are relative to the checkout ({@code %SRCROOT%}). Findings
 * without a line point at line 1, because code scanning needs a region to show an alert.
 */
final class SarifRenderer implements LintRenderer {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public void render(LintReport report, PrintWriter out, boolean color) {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "shipgate");
    driver.put("semanticVersion", ShipgateVersion.get());
    ArrayNode rules = driver.putArray("rules");
    for (Rule r : Rule.values()) {
      ObjectNode n = rules.addObject();
      n.put("id", r.id());
      n.putObject("shortDescription").put("text", r.description());
      n.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      ObjectNode n = results.addObject();
      n.put("ruleId", f.rule().id());
      n.put("ruleIndex", f.rule().ordinal());
      n.put("level", level(f.severity()));
      String text = f.hint() == null ? f.message() : f.message() + " Fix: " + f.hint();
      n.putObject("message").put("text", text);
      if (f.path() != null) {
        ObjectNode loc = n.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = loc.putObject("artifactLocation");
        String shown = DisplayPaths.of(f.path());
        if (Path.of(shown).isAbsolute()) {
          artifact.put("uri", f.path().toAbsolutePath().toUri().toString());
        } else {
          artifact.put("uri", relativeUri(shown));
          artifact.put("uriBaseId", "%SRCROOT%");
        }
        loc.putObject("region").put("startLine", f.line() == null ? 1 : f.line());
      }
    }
    Json.write(root, out);
  }

  private static String level(Severity s) {
    return s == Severity.ERROR ? "error" : "warning";
  }

  private static String relativeUri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
