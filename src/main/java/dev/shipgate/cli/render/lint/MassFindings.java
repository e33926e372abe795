package dev.shipgate.cli.render.lint;

import dev.shipgate.core.DisplayPaths;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text output's answer to a thousand findings of one rule: when one rule has more than {@link
 * #LIMIT} findings in one directory (the checked target holding them, else their folder), only the
 * first {@link #SHOWN} are printed, followed by one line saying how many more there are.
 */
final class MassFindings {
  static final int LIMIT = 10;
  static final int SHOWN = 5;

  private final Set<Finding> hidden;
  private final List<String> summaryLines;

  private MassFindings(Set<Finding> hidden, List<String> summaryLines) {
    this.hidden = hidden;
    this.summaryLines = summaryLines;
  }

  static MassFindings of(LintReport report) {
    List<Path> roots =
        report.targets().stream()
            .map(t -> t.path().toAbsolutePath().normalize())
            .sorted(Comparator.comparingInt(Path::getNameCount).reversed())
            .toList();
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    Map<String, String> where = new HashMap<>();
    for (Finding f : report.findings()) {
      if (f.path() == null) {
        continue;
      }
      Path dir = directory(f.path().toAbsolutePath().normalize(), roots);
      String key = f.rule().id() + "\u0000" + dir;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      where.putIfAbsent(key, DisplayPaths.of(dir));
    }
    Set<Finding> hidden = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
      List<Finding> fs = g.getValue();
      if (fs.size() <= LIMIT) {
        continue;
      }
      hidden.addAll(fs.subList(SHOWN, fs.size()));
      lines.add(
          "... and "
              + (fs.size() - SHOWN)
              + " more "
              + fs.get(0).rule().id()
              + " findings in "
              + where.get(g.getKey())
              + " ("
              + fs.size()
              + " in all, the first "
              + SHOWN
              + " above; --format json, sarif or github lists every one)");
    }
    return new MassFindings(hidden, lines);
  }

  private static Path directory(Path file, List<Path> roots) {
    for (Path r : roots) {
      if (file.startsWith(r)) {
        return r;
      }
    }
    Path parent = file.getParent();
    return parent == null ? file : parent;
  }

  boolean shown(Finding f) {
    return !hidden.contains(f);
  }

  List<String> summaryLines() {
    return summaryLines;
  }
}
