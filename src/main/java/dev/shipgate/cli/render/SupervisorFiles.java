package dev.shipgate.cli.render;

import dev.shipgate.workflow.monitor.Supervisor;
import java.io.PrintWriter;
import java.util.Map;

/**
 * {@code supervise systemd}: one unit per program with {@code Restart=on-failure} and a start limit
 * (a monitor that exits 1 after a safe shutdown is restarted, but not forever); {@code supervise
 * pm2}: an {@code ecosystem.config.js} with bounded restarts and backoff.
 */
public final class SupervisorFiles {
  private SupervisorFiles() {}

  public static void systemd(Supervisor.Plan plan, PrintWriter out) {
    for (Supervisor.Program p : plan.programs()) {
      out.println("# --- /etc/systemd/system/" + p.name() + ".service ---");
      out.println("[Unit]");
      out.println("Description=" + p.name() + " (written by shipgate supervise)");
      out.println("After=network-online.target");
      out.println("Wants=network-online.target");
      out.println("# at most 5 starts in 10 minutes, then systemd gives up and says so");
      out.println("StartLimitIntervalSec=600");
      out.println("StartLimitBurst=5");
      out.println();
      out.println("[Service]");
      out.println("Type=simple");
      out.println("WorkingDirectory=" + p.cwd());
      for (Map.Entry<String, String> e : p.env().entrySet()) {
        out.println(
            "Environment=\"" + e.getKey() + "=" + e.getValue().replace("\"", "\\\"") + "\"");
      }
      out.println("# secrets belong in a file only root can read, not in this unit");
      out.println("EnvironmentFile=-/etc/" + plan.project() + "/env");
      out.println("ExecStart=/bin/sh -c '" + p.command().replace("'", "'\\''") + "'");
      out.println("Restart=on-failure");
      out.println("RestartSec=5s");
      out.println("KillSignal=SIGTERM");
      out.println("TimeoutStopSec=30s");
      out.println();
      out.println("[Install]");
      out.println("WantedBy=multi-user.target");
      out.println();
    }
    out.println("# install: save each part under its path, then");
    out.println(
        "#   systemctl daemon-reload && systemctl enable --now "
            + String.join(" ", plan.programs().stream().map(Supervisor.Program::name).toList()));
    out.flush();
  }

  public static void pm2(Supervisor.Plan plan, PrintWriter out) {
    out.println(
        "// ecosystem.config.js (written by shipgate supervise); start with: pm2 start ecosystem.config.js");
    out.println(
        "// PM2 counts only restarts within min_uptime towards max_restarts, so a process that");
    out.println(
        "// crashes after a minute restarts forever: exp_backoff_restart_delay slows that down.");
    out.println("module.exports = {");
    out.println("  apps: [");
    for (Supervisor.Program p : plan.programs()) {
      out.println("    {");
      out.println("      name: " + js(p.name()) + ",");
      out.println("      script: \"/bin/sh\",");
      out.println("      args: [\"-c\", " + js(p.command()) + "],");
      out.println("      cwd: " + js(p.cwd().toString()) + ",");
      out.println("      autorestart: true,");
      out.println("      max_restarts: 5,");
      out.println("      min_uptime: \"60s\",");
      out.println("      restart_delay: 5000,");
      out.println("      exp_backoff_restart_delay: 1000,");
      out.println("      kill_timeout: 30000,");
      StringBuilder env = new StringBuilder();
      p.env()
          .forEach(
              (k, v) ->
                  env.append(env.isEmpty() ? "" : ", ").append(js(k)).append(": ").append(js(v)));
      out.println("      env: {" + env + "},");
      out.println("    },");
    }
    out.println("  ],");
    out.println("};");
    out.flush();
  }

  /** No argument: what was found and which one to use. */
  public static void recommend(Supervisor.Plan plan, PrintWriter out) {
    if (plan.detected().contains("systemd")) {
      out.println(
          "systemd found: use it (shipgate supervise systemd > units.txt)"
              + (plan.detected().contains("pm2")
                  ? "; pm2 is here too (shipgate supervise pm2)"
                  : ""));
    } else if (plan.detected().contains("pm2")) {
      out.println("pm2 found: shipgate supervise pm2 > ecosystem.config.js");
    } else {
      out.println(
          "no supervisor found: install systemd (Linux servers) or pm2 (npm i -g pm2), then"
              + " run shipgate supervise systemd or shipgate supervise pm2");
    }
    out.println(
        "programs: "
            + String.join(", ", plan.programs().stream().map(Supervisor.Program::name).toList()));
    out.flush();
  }

  private static String js(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
