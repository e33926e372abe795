package dev.shipgate.workflow.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The most recent deploy reports ({@code report.dir/deploy-report-*.json}), newest first, read as
 * JSON trees (their shape belongs to {@code deploy}), and the files that could not be read.
 */
public record DeploysState(List<Report> reports, List<String> unreadable) {
  public DeploysState {
    reports = List.copyOf(reports);
    unreadable = List.copyOf(unreadable);
  }

  /** One report: its file name and its document. */
  public record Report(String file, JsonNode document) {}

  public Report last() {
    return reports.isEmpty() ? null : reports.getFirst();
  }
}
