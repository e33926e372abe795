package dev.shipgate.workflow.monitor;

import dev.shipgate.config.ServiceConfig;
import dev.shipgate.config.ShipgateConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code shipgate supervise} writes files for: {@code monitor}, {@code serve} and each
 * configured service, and which supervisor this host has (systemd, PM2).
 */
public final class Supervisor {
  private Supervisor() {}

  /** One supervised program: a shell command line in a directory with extra environment. */
  public record Program(String name, String command, Path cwd, Map<String, String> env) {}

  /**
   * The programs and what was detected.
   *
   * @param detected {@code systemd} and/or {@code pm2}, as found on this host
   * @param project used in unit names
   */
  public record Plan(String project, List<Program> programs, List<String> detected) {}

  /**
   * @param shipgate the command line that runs shipgate here (e.g. {@code java -jar
   *     /opt/shipgate.jar})
   * @param path the PATH to look for {@code systemctl} and {@code pm2} on
   */
  public static Plan plan(ShipgateConfig config, String shipgate, String path, String project) {
    Path base = config.source().baseDir();
    String cfg = config.source().file().map(f -> " -c " + f.toAbsolutePath()).orElse("");
    List<Program> programs = new ArrayList<>();
    programs.add(new Program(project + "-monitor", shipgate + cfg + " monitor", base, Map.of()));
    programs.add(new Program(project + "-serve", shipgate + cfg + " serve", base, Map.of()));
    for (ServiceConfig s : config.services()) {
      if (s.start() != null && !s.start().isBlank()) {
        programs.add(
            new Program(
                project + "-" + s.name(), s.start(), s.cwd() == null ? base : s.cwd(), s.env()));
      }
    }
    List<String> detected = new ArrayList<>();
    if (Files.isDirectory(Path.of("/run/systemd/system")) && onPath(path, "systemctl")) {
      detected.add("systemd");
    }
    if (onPath(path, "pm2")) {
      detected.add("pm2");
    }
    return new Plan(project, List.copyOf(programs), List.copyOf(detected));
  }

  private static boolean onPath(String path, String program) {
    if (path == null) {
      return false;
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (!d.isBlank() && Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
