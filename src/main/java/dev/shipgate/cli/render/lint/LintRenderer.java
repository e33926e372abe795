package dev.shipgate.cli.render.lint;

import dev.shipgate.lint.LintReport;
import java.io.PrintWriter;

/** Writes a lint report in one output format. */
interface LintRenderer {
  void render(LintReport report, PrintWriter out, boolean color);
}
