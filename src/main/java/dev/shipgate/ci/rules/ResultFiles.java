package dev.shipgate.ci.rules;

import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.shell.Cmd;
import dev.shipgate.ci.shell.ShellProgram;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A step that writes a result file (a JUnit report, a results JSON, a SARIF or text report) which a
 * later step reads and fails on is checked, not silenced: {@code linter --report results.json}
 * allowed to fail, then {@code jq -e '.errors == 0' results.json}, or a test reporter action set to
 * fail the job on failed tests. The file is matched by name; "fails on it" means the reading step
 * can exit non-zero because of it: an {@code exit 1}/{@code false}/{@code setFailed} in its script,
 * a final check command ({@code jq -e}, {@code grep -q}, {@code test}, {@code [ ]}, {@code diff}),
 * or a reporter action whose fail switch is on.
 */
final class ResultFiles {
  private static final Pattern RESULT_FILE =
      Pattern.compile(
          "[\\w./${}-]*[\\w}]\\.(xml|json|sarif|txt|log|out|html|tap|trx|csv|junit|report)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FAILS =
      Pattern.compile(
          "\\bexit\\s+(\\$|[\"']?[1-9])|(^|[;&|\\s])false(\\s|;|$)|setFailed"
              + "|process\\.exit\\(\\s*[1-9]|sys\\.exit\\(\\s*[1-9]|::error",
          Pattern.MULTILINE);
  private static final Set<String> CHECKS = Set.of("test", "[", "[[", "diff", "cmp", "xmllint");
  private static final Pattern FAIL_INPUT =
      Pattern.compile(
          "fail[-_](on[-_])?(error|errors|failure|failures|severity|level|test[-_]failures)|action[-_]fail");

  /** Reporter actions that fail the job on failed tests unless told otherwise. */
  private static final Set<String> FAILING_BY_DEFAULT = Set.of("dorny/test-reporter");

  private ResultFiles() {}

  /**
   * True when a step after {@code at} reads a result file written by step {@code at} and fails on
   * it.
   */
  static boolean checkedLater(List<CiStep> steps, int at, Function<String, ShellProgram> parse) {
    Set<String> written = written(steps.get(at), parse);
    if (written.isEmpty()) {
      return false;
    }
    for (int i = at + 1; i < steps.size(); i++) {
      CiStep later = steps.get(i);
      if (readsAny(later, written) && failsOn(later, parse)) {
        return true;
      }
    }
    return false;
  }

  /** File names (no directory) the step names in its commands, redirections or inputs. */
  static Set<String> written(CiStep step, Function<String, ShellProgram> parse) {
    Set<String> out = new LinkedHashSet<>();
    List<String> words = new ArrayList<>(step.with().values());
    if (step.script() != null) {
      for (Cmd c : parse.apply(step.script().text().text()).commands()) {
        words.addAll(c.values());
        c.redirects().forEach(r -> words.add(r.target()));
      }
    }
    for (String w : words) {
      if (w == null) {
        continue;
      }
      var m = RESULT_FILE.matcher(w);
      while (m.find()) {
        String f = m.group();
        f = f.substring(f.lastIndexOf('/') + 1);
        if (f.length() >= 5 && !f.startsWith("$")) {
          out.add(f.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static boolean readsAny(CiStep later, Set<String> files) {
    StringBuilder sb = new StringBuilder();
    if (later.script() != null) {
      sb.append(later.script().text().text()).append('\n');
    }
    later.with().values().forEach(v -> sb.append(v).append('\n'));
    later.env().values().forEach(v -> sb.append(v).append('\n'));
    String text = sb.toString().toLowerCase(Locale.ROOT);
    return files.stream().anyMatch(text::contains);
  }

  private static boolean failsOn(CiStep later, Function<String, ShellProgram> parse) {
    if (later.uses() != null) {
      String action = later.uses().toLowerCase(Locale.ROOT).replaceAll("@.*", "");
      for (Map.Entry<String, String> in : later.with().entrySet()) {
        if (FAIL_INPUT.matcher(in.getKey().toLowerCase(Locale.ROOT)).matches()) {
          return !in.getValue().strip().equalsIgnoreCase("false");
        }
      }
      return FAILING_BY_DEFAULT.contains(action);
    }
    if (later.script() == null) {
      return false;
    }
    String text = later.script().text().text();
    if (FAILS.matcher(text).find()) {
      return true;
    }
    List<Cmd> cmds = parse.apply(text).commands();
    if (cmds.isEmpty()) {
      return false;
    }
    Cmd last = cmds.get(cmds.size() - 1);
    List<String> w = last.values();
    if (w.isEmpty() || last.before() == dev.shipgate.ci.shell.Op.OR) {
      return false;
    }
    String prog = w.get(0);
    return CHECKS.contains(prog)
        || prog.equals("jq") && (w.contains("-e") || w.contains("--exit-status"))
        || prog.equals("grep") && w.stream().anyMatch(a -> a.matches("-[a-zA-Z]*q[a-zA-Z]*"));
  }
}
