package dev.shipgate.cli.render.lint;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.Severity;
import java.io.PrintWriter;

/**
 * `--format github`: workflow commands ({@code ::error file=…,line=…,title=…::…}) that GitHub
 * Actions turns into annotations on the changed files, then a plain summary line.
 */
final class GithubRenderer implements LintRenderer {
  @Override
  public void render(LintReport report, PrintWriter out, boolean color) {
    for (Finding f : report.findings()) {
      StringBuilder sb = new StringBuilder("::");
      sb.append(f.severity() == Severity.ERROR ? "error" : "warning");
      String sep = " ";
      if (f.path() != null) {
        sb.append(sep).append("file=").append(property(DisplayPaths.of(f.path())));
        sep = ",";
        if (f.line() != null) {
          sb.append(",line=").append(f.line());
        }
      }
      sb.append(sep).append("title=").append(property("shipgate " + f.rule().id()));
      String text = f.hint() == null ? f.message() : f.message() + " Fix: " + f.hint();
      sb.append("::").append(data(text));
      out.println(sb);
    }
    out.println(TextRenderer.summary(report));
  }

  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
