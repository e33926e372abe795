package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.schema.ExpectationResult;
import dev.shipgate.schema.Problem;
import dev.shipgate.schema.SchemaCheck;
import dev.shipgate.schema.SchemaReport;
import java.util.Locale;

/**
 * {@code schema check --format json}: {@code {"ok", "results": [{"kind", "key", "ok", "detail",
 * "problem"}], "error"}}; {@code problem} is the typed problem ({@code type} and its fields).
 */
public final class SchemaJson {
  private SchemaJson() {}

  public static ObjectNode document(SchemaCheck c) {
    ObjectNode o = report(c.report());
    o.put("ok", c.ok());
    Documents.error(o, c.failureOrNull());
    return o;
  }

  /** The verdicts (also sentry's expectations step). */
  public static ObjectNode report(SchemaReport report) {
    ObjectNode o = Json.object();
    o.put("ok", report.ok());
    ArrayNode results = o.putArray("results");
    for (ExpectationResult r : report.results()) {
      ObjectNode n = results.addObject();
      n.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
      n.put("key", r.key());
      n.put("ok", r.ok());
      n.put("detail", r.ok() ? null : r.detail());
      if (r.problem() == null) {
        n.putNull("problem");
      } else {
        n.set("problem", problem(r.problem()));
      }
    }
    return o;
  }

  static ObjectNode problem(Problem p) {
    ObjectNode n = Json.object();
    switch (p) {
      case Problem.TableMissing t -> n.put("type", "TABLE_MISSING").put("table", t.table());
      case Problem.ColumnMissing c ->
          n.put("type", "COLUMN_MISSING")
              .put("table", c.table())
              .put("column", c.column())
              .put("otherCase", c.otherCase());
      case Problem.IndexMissing i -> n.put("type", "INDEX_MISSING").put("index", i.index());
      case Problem.IndexInvalid i -> n.put("type", "INDEX_INVALID").put("index", i.index());
      case Problem.IndexDiffers d -> {
        n.put("type", "INDEX_DIFFERS").put("index", d.index()).put("table", d.table());
        Documents.strings(n.putArray("columns"), d.columns());
        n.put("expectedTable", d.expectedTable());
        Documents.strings(n.putArray("expectedColumns"), d.expectedColumns());
      }
      case Problem.TooFewRows r ->
          n.put("type", "TOO_FEW_ROWS")
              .put("table", r.table())
              .put("rows", r.rows())
              .put("floor", r.floor());
    }
    return n;
  }
}
