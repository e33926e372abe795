package dev.shipgate.workflow.deploy;

import dev.shipgate.core.Failure;
import java.util.ArrayList;
import java.util.List;

/** Specific next steps for a report: which variable, which command, which layer, which log. */
final class NextSteps {
  private NextSteps() {}

  static List<String> of(RunState s, DeployStatus status, Phase failed, Failure failure) {
    List<String> steps = new ArrayList<>();
    if (status == DeployStatus.SUCCESS) {
      return steps;
    }
    if (status == DeployStatus.PARTIAL) {
      s.externals.stream()
          .filter(e -> e.optional() && !e.status().equals("PASS") && !e.status().equals("SKIP"))
          .forEach(
              e ->
                  steps.add(
                      "optional external "
                          + e.name()
                          + " failed ("
                          + e.reason()
                          + "): `shipgate check "
                          + e.name()
                          + "` to see why"));
      return steps;
    }
    if (failure == null) {
      return steps;
    }
    switch (failure.code()) {
      case ENV_MISSING ->
          steps.add(
              "set the missing variables in the deploy environment, then rerun `shipgate deploy`");
      case DB_UNREACHABLE, DB_REJECTED ->
          steps.add(
              "check database.url and that the database is up: `shipgate status` shows the connection error; no service was started");
      case MIGRATION_FAILED, MIGRATION_REFUSED, HISTORY_NOT_AT_HEAD, LINT_FAILED ->
          steps.add(
              "run `shipgate status` and `shipgate lint migrations` to see which migration is wrong; no service was started");
      case EXPECTATIONS_FAILED ->
          steps.add(
              "run `shipgate schema check` (and `shipgate schema hotpatch` for missing columns or indexes)");
      case PORT_IN_USE ->
          steps.add("free the port named above (`lsof -i :PORT`) or change services[].port");
      case DEPLOY_LOCKED ->
          steps.add(
              "wait for the other deploy, pass --lock-wait, or `shipgate deploy lock status` / `release` if it is stuck");
      case SERVICE_EXITED, NOT_READY -> {
        for (Started x : s.started) {
          if (!"READY".equals(s.states.get(x.name()))) {
            steps.add("read " + x.process().log() + " (service " + x.name() + ")");
          }
        }
      }
      case TUNNEL_FAILED ->
          steps.add(
              "fix the tunnel layer named in the error; the tunnel log is "
                  + s.logDir.resolve("tunnel.log"));
      case EXTERNAL_FAILED ->
          steps.add("run `shipgate check` to see the failing external's reason");
      case PREFLIGHT_FAILED ->
          steps.add("fix the directory or artifact named in the error (preflight:)");
      default -> steps.add("see the error above and the phase events in this report");
    }
    if (s.rollback != null && !s.rollback.complete()) {
      steps.add(
          "the rollback is incomplete: stop the processes listed under rollback.stopped by hand");
    }
    return steps;
  }
}
