package dev.shipgate.cli.render.lint;

import dev.shipgate.lint.LintReport;
import java.io.PrintWriter;

/** `--format` of a lint: each value renders the same {@link LintReport}. */
public enum ReportFormat {
  TEXT(new TextRenderer()),
  JSON(new JsonRenderer()),
  SARIF(new SarifRenderer()),
  GITHUB(new GithubRenderer());

  private final LintRenderer renderer;

  ReportFormat(LintRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public void render(LintReport report, PrintWriter out, boolean color) {
    renderer.render(report, out, color);
    out.flush();
  }
}
