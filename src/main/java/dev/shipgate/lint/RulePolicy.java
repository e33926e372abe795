package dev.shipgate.lint;

import dev.shipgate.config.ConfigSource;
import dev.shipgate.config.LintConfig;
import dev.shipgate.config.RuleConfig;
import dev.shipgate.config.RuleLevel;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ShipgateException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the `lint:` section: per-rule severity (error, warning, off) and per-rule allow-lists. An
 * allow pattern is a glob matched against the file name, its path relative to the config file's
 * directory, and its path as displayed (relative to the working directory).
 */
public final class RulePolicy {
  private final Map<Rule, RuleLevel> levels = new EnumMap<>(Rule.class);
  private final Map<Rule, List<PathMatcher>> allows = new EnumMap<>(Rule.class);
  private final Path baseDir;

  private RulePolicy(Path baseDir) {
    this.baseDir = baseDir;
  }

  public static RulePolicy defaults() {
    return new RulePolicy(Path.of("").toAbsolutePath());
  }

  /** Builds the policy; an unknown rule id is a config error (exit 78) naming its line. */
  public static RulePolicy from(LintConfig lint, ConfigSource source) {
    RulePolicy p = new RulePolicy(source.baseDir());
    for (Map.Entry<String, RuleConfig> e : lint.rules().entrySet()) {
      Rule rule =
          Rule.byId(e.getKey())
              .orElseThrow(
                  () ->
                      ShipgateException.config(
                          source.where("lint", "rules", e.getKey())
                              + ": unknown lint rule '"
                              + e.getKey()
                              + "' (known rules: "
                              + java.util.Arrays.stream(Rule.values())
                                  .map(Rule::id)
                                  .collect(Collectors.joining(", "))
                              + ")"));
      RuleConfig rc = e.getValue();
      if (rc.severity() != null) {
        p.levels.put(rule, rc.severity());
      }
      List<PathMatcher> matchers = new ArrayList<>();
      for (String glob : rc.allow()) {
        try {
          matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        } catch (IllegalArgumentException ex) {
          throw ShipgateException.config(
              source.where("lint", "rules", e.getKey())
                  + ": allow pattern '"
                  + glob
                  + "' is not a valid glob: "
                  + ex.getMessage());
        }
      }
      p.allows.put(rule, matchers);
    }
    return p;
  }

  public boolean enabled(Rule rule) {
    return levels.get(rule) != RuleLevel.OFF;
  }

  /** Drops findings of disabled rules and allowed files; applies severity overrides. */
  public List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      RuleLevel level = levels.get(f.rule());
      if (level == RuleLevel.OFF || allowed(f)) {
        continue;
      }
      if (level == RuleLevel.ERROR) {
        f = f.withSeverity(Severity.ERROR);
      } else if (level == RuleLevel.WARNING) {
        f = f.withSeverity(Severity.WARNING);
      }
      out.add(f);
    }
    return out;
  }

  private boolean allowed(Finding f) {
    List<PathMatcher> matchers = allows.get(f.rule());
    if (matchers == null || matchers.isEmpty() || f.path() == null) {
      return false;
    }
    Path abs = f.path().toAbsolutePath().normalize();
    List<Path> candidates = new ArrayList<>();
    if (abs.getFileName() != null) {
      candidates.add(abs.getFileName());
    }
    if (abs.startsWith(baseDir)) {
      candidates.add(baseDir.relativize(abs));
    }
    candidates.add(Path.of(DisplayPaths.of(abs)));
    return matchers.stream().anyMatch(m -> candidates.stream().anyMatch(m::matches));
  }
}
