package dev.shipgate.cli.render.lint;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * `--format text`: findings grouped by file, a fix under each, one line per target, a summary;
 * colour only on a TTY. More than {@value MassFindings#LIMIT} findings of one rule in one directory
 * show the first {@value MassFindings#SHOWN} and one line saying how many more (every other format
 * lists them all). A target in which nothing was checked is said so, and the summary never says OK
 * for it.
 */
final class TextRenderer implements LintRenderer {
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  @Override
  public void render(LintReport report, PrintWriter out, boolean color) {
    MassFindings mass = MassFindings.of(report);
    Map<String, List<Finding>> byFile =
        report.findings().stream()
            .filter(mass::shown)
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
    for (String line : mass.summaryLines()) {
      out.println(line);
    }
    if (!mass.summaryLines().isEmpty()) {
      out.println();
    }
    for (LintReport.Target t : report.targets()) {
      String shown = DisplayPaths.of(t.path()) + " (" + t.detail() + ")";
      out.println(
          t.checked() ? "checked " + shown : "nothing checked in " + shown + ": " + t.note());
    }
    String summary = summary(report);
    out.println(
        paint(color, report.ok() && report.unchecked().isEmpty() ? BOLD : RED + BOLD, summary));
  }

  static String summary(LintReport report) {
    long errors = report.errors();
    long warnings = report.warnings();
    String files = report.files() + (report.files() == 1 ? " file" : " files");
    String counts = plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + files;
    if (errors > 0) {
      return "FAILED: " + counts;
    }
    List<LintReport.Target> unchecked = report.unchecked();
    if (!unchecked.isEmpty()) {
      String where =
          unchecked.size() == report.targets().size()
              ? (unchecked.size() == 1
                  ? DisplayPaths.of(unchecked.get(0).path())
                  : "any of the " + unchecked.size() + " directories")
              : unchecked.size() + " of " + report.targets().size() + " directories";
      return "NOTHING CHECKED in " + where + ": " + counts;
    }
    if (warnings == 0) {
      return "OK: no problems in " + files;
    }
    return "OK (warnings only): " + counts;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String paint(boolean color, String code, String text) {
    return color ? code + text + RESET : text;
  }
}
