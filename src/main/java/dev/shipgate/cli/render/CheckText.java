package dev.shipgate.cli.render;

import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.check.CheckReport;
import dev.shipgate.probe.check.Health;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** `--format text`: one row per probe, failures explained, and a one-line verdict. */
public final class CheckText {
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String DIM = "\u001b[2m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  private static final List<String> HEADER =
      List.of("STATUS", "NAME", "KIND", "LATENCY", "HTTP", "DETAIL");

  private CheckText() {}

  public static void render(CheckReport report, PrintWriter out, boolean color) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ProbeResult r : report.results()) {
      rows.add(
          List.of(
              r.status().name(),
              r.name(),
              r.kind().id(),
              r.status() == ProbeStatus.SKIP ? "-" : r.latencyMs() + "ms",
              r.httpStatus() == null ? "-" : r.httpStatus().toString(),
              detail(r)));
    }
    int[] width = new int[HEADER.size() - 1];
    for (List<String> row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        String cell = i == 3 ? pad(row.get(i), width[i], true) : pad(row.get(i), width[i], false);
        line.append(i == 0 && r > 0 ? paint(color, statusColor(row.get(0)), cell) : cell);
        line.append("  ");
      }
      line.append(row.get(width.length));
      out.println(r == 0 ? paint(color, DIM, line.toString()) : line.toString().stripTrailing());
    }
    out.println();
    out.println(paint(color, BOLD + healthColor(report.health()), summary(report)));
  }

  static String summary(CheckReport report) {
    List<String> parts = new ArrayList<>();
    add(parts, report.count(ProbeStatus.FAIL), "failed");
    add(parts, report.count(ProbeStatus.DEGRADED), "degraded");
    add(parts, report.count(ProbeStatus.PASS), "passed");
    add(parts, report.count(ProbeStatus.SKIP), "skipped");
    long flaky = report.results().stream().filter(ProbeResult::flaky).count();
    add(parts, flaky, "flaky");
    return report.health().id()
        + ": "
        + String.join(", ", parts)
        + " in "
        + String.format(Locale.ROOT, "%.2fs", report.durationMs() / 1000.0)
        + " (run "
        + report.runId()
        + ")";
  }

  private static String detail(ProbeResult r) {
    String d = r.reason() == null ? r.detail() : r.reason().name() + ": " + r.detail();
    return r.optional() && r.status() == ProbeStatus.FAIL ? d + " (optional)" : d;
  }

  private static void add(List<String> parts, long n, String word) {
    if (n > 0) {
      parts.add(n + " " + word);
    }
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }

  private static String statusColor(String status) {
    return switch (status) {
      case "PASS" -> GREEN;
      case "FAIL" -> RED;
      case "DEGRADED" -> YELLOW;
      default -> DIM;
    };
  }

  private static String healthColor(Health h) {
    return switch (h) {
      case HEALTHY -> GREEN;
      case DEGRADED -> YELLOW;
      case UNHEALTHY -> RED;
    };
  }

  private static String paint(boolean color, String code, String text) {
    return color ? code + text + RESET : text;
  }
}
