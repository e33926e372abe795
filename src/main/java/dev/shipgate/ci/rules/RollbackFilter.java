package dev.shipgate.ci.rules;

import dev.shipgate.ci.shell.CaseArm;
import dev.shipgate.ci.shell.Cmd;
import dev.shipgate.ci.shell.Loop;
import dev.shipgate.ci.shell.ShellProgram;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a loop that applies SQL files leaves rollback files out. In what it iterates over: {@code
 * grep -v rollback}, {@code find ... ! -name '*rollback*'} (or {@code -not -path}), {@code ls
 * --ignore}, an extglob {@code !(*rollback*)}, or a pattern that only matches forward files ({@code
 * *.up.sql}, Flyway {@code V*}, Prisma {@code <folder>/migration.sql}). In its body: a {@code case}
 * arm on the file with a rollback pattern that does not apply it ({@code case "$f" in *rollback*)
 * continue;; esac}), or a test of the name ({@code [[ $f == *rollback* ]] && continue}, {@code if
 * [[ "$f" != *_down.sql ]]; then ...}, {@code echo "$f" | grep -q rollback && continue}).
 */
final class RollbackFilter {
  /**
   * Words that make a file a rollback: {@code 17_x_rollback.sql}, {@code x.down.sql}, {@code
   * undo_}.
   */
  static final Pattern WORD =
      Pattern.compile(
          "(^|[^a-z])(rollbacks?|revert|undo|down)([^a-z]|$)", Pattern.CASE_INSENSITIVE);

  private static final Pattern FORWARD_ONLY =
      Pattern.compile(
          "[._]up\\.sql|\\*\\.up\\b|\\*_up\\b|(^|[/\\s'\"])V\\*|(^|[/\\s'\"])V\\[|/migration\\.sql|(^|/)up\\.sql",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EXTGLOB_NOT = Pattern.compile("!\\([^)]*");
  private static final Pattern SEGMENT = Pattern.compile("[|;]|\\$\\(|`|\\)");
  private static final Set<String> TESTS = Set.of("[[", "[", "test", "grep", "egrep", "expr");
  private static final Pattern SQL_CLIENT = UnsortedMigrationLoopRule.SQL_CLIENT;

  private RollbackFilter() {}

  /** True when what the loop (or pipeline) reads from filters rollbacks out. */
  static boolean inSource(String source) {
    if (FORWARD_ONLY.matcher(source).find()) {
      return true;
    }
    var ext = EXTGLOB_NOT.matcher(source);
    while (ext.find()) {
      if (WORD.matcher(ext.group()).find()) {
        return true;
      }
    }
    for (String segment : SEGMENT.split(source)) {
      List<String> words = List.of(segment.strip().split("\\s+"));
      if (words.isEmpty() || !WORD.matcher(segment).find()) {
        continue;
      }
      String prog = words.get(0);
      boolean grepV =
          (prog.equals("grep") || prog.equals("egrep") || prog.equals("rg"))
              && words.stream().anyMatch(w -> w.matches("-[a-zA-Z]*v[a-zA-Z]*|--invert-match"));
      boolean findNot =
          prog.equals("find")
              && segment.matches(".*(!|-not)\\s+-(i?name|i?path|i?regex|i?wholename)\\s.*");
      boolean lsIgnore =
          prog.equals("ls") && segment.matches(".*(-I\\s*|--ignore[= ]|--hide[= ]).*");
      if (grepV || findNot || lsIgnore) {
        return true;
      }
    }
    return false;
  }

  /** True when the loop body tests the file name for a rollback word, or a case arm skips them. */
  static boolean inBody(ShellProgram program, Loop loop) {
    for (CaseArm arm : program.cases()) {
      boolean inLoop = arm.bodyFrom() >= loop.bodyFrom() && arm.bodyFrom() <= loop.bodyTo() + 1;
      if (!inLoop) {
        continue;
      }
      boolean rollbackArm = arm.patterns().stream().anyMatch(p -> WORD.matcher(p).find());
      if (rollbackArm && !appliesSql(program, arm.bodyFrom(), arm.bodyTo())) {
        return true;
      }
    }
    if (loop.bodyFrom() > loop.bodyTo()) {
      return false;
    }
    for (Cmd c : program.commands().subList(loop.bodyFrom(), loop.bodyTo() + 1)) {
      List<String> w = c.values();
      boolean test = c.tested() || !w.isEmpty() && TESTS.contains(w.get(0));
      if (test && !SQL_CLIENT.matcher(c.text()).find() && WORD.matcher(c.text()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean appliesSql(ShellProgram program, int from, int to) {
    for (int i = from; i <= to && i < program.commands().size(); i++) {
      if (SQL_CLIENT.matcher(program.commands().get(i).text()).find()) {
        return true;
      }
    }
    return false;
  }
}
