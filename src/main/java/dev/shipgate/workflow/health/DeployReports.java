package dev.shipgate.workflow.health;

import dev.shipgate.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Reads the newest deploy reports. Report names carry a sortable timestamp ({@code
 * deploy-report-<timestamp>.json}), so the newest sorts last by name.
 */
final class DeployReports implements Callable<DeploysState> {
  static final int KEPT = 5;
  private final Path dir;

  DeployReports(Path dir) {
    this.dir = dir;
  }

  @Override
  public DeploysState call() throws IOException {
    if (!Files.isDirectory(dir)) {
      return new DeploysState(List.of(), List.of());
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("deploy-report-.*\\.json"))
              .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
              .limit(KEPT)
              .toList();
    }
    List<DeploysState.Report> reports = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      try {
        reports.add(new DeploysState.Report(name, Json.mapper().readTree(f.toFile())));
      } catch (IOException e) {
        unreadable.add(name);
      }
    }
    return new DeploysState(reports, unreadable);
  }
}
