package dev.shipgate.cli;

import dev.shipgate.incidents.IncidentRecorder;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.workflow.incidents.Incidents;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --record} on {@code check}, {@code verify} and {@code sentry}: after the run is rendered,
 * each failing target records (or bumps) the incident keyed {@code project/command/target} and each
 * passing one resolves it (docs/incidents.md). Recording never changes the run's exit code or its
 * output: when the store cannot be written, one warning line goes to stderr after everything else.
 */
final class RecordOption {
  @Option(
      names = "--record",
      description =
          "Record failing targets as incidents (key project/command/target) and resolve them"
              + " when they pass; notifies through notify:.")
  boolean record;

  /** Records {@code outcomes} when {@code --record} was given. */
  void record(
      ShipgateCommand root,
      String command,
      List<IncidentRecorder.TargetOutcome> outcomes,
      boolean runPassed) {
    if (!record) {
      return;
    }
    try {
      root.output().redactWith(Notifications.redactor(root.redactor(), root.config()));
      try (Notifications.Opened opened = Incidents.open(root.config(), root.env())) {
        new IncidentRecorder(opened.service())
            .run(Notifications.project(root.config()), command, outcomes, runPassed);
      }
    } catch (RuntimeException e) {
      PrintWriter err = root.output().err();
      err.println(
          "shipgate: warning: --record could not write the incident store: "
              + e.getMessage()
              + " (the result above is unchanged)");
      err.flush();
    }
  }
}
