package dev.shipgate.lint.render;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** `--format text`: findings grouped by file, a fix under each, a summary; colour only on a TTY. */
final class TextRenderer implements LintRenderer {
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  @Override
  public void render(LintReport report, PrintWriter out, boolean color) {
    Map<String, List<Finding>> byFile =
        report.findings().stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.path() == null ? "(no file)" : DisplayPaths.of(f.path()),
                    LinkedHashMap::new,
                    Collectors.toList()));
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      out.println(paint(color, BOLD, e.getKey()));
      for (Finding f : e.getValue()) {
        String line = f.line() == null ? "" : "line " + f.line() + ": ";
        String sev = f.severity().id();
        String sevPadded = String.format("%-7s", sev);
        out.println(
            "  "
                + paint(color, f.severity() == Severity.ERROR ? RED : YELLOW, sevPadded)
                + " "
                + f.rule().id()
                + "  "
                + line
                + f.message());
        if (f.hint() != null) {
          out.println("          " + paint(color, DIM, "fix: " + f.hint()));
        }
      }
      out.println();
    }
    for (String target : report.targets()) {
      out.println("checked " + target);
    }
    String summary = summary(report);
    out.println(paint(color, report.ok() ? BOLD : RED + BOLD, summary));
  }

  static String summary(LintReport report) {
    long errors = report.errors();
    long warnings = report.warnings();
    String files = report.files() + (report.files() == 1 ? " file" : " files");
    if (errors == 0 && warnings == 0) {
      return "OK: no problems in " + files;
    }
    String counts = plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + files;
    return (errors == 0 ? "OK (warnings only): " : "FAILED: ") + counts;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String paint(boolean color, String code, String text) {
    return color ? code + text + RESET : text;
  }
}
