package dev.shipgate.ci.rules;

import dev.shipgate.ci.model.CiDocument;
import dev.shipgate.ci.model.CiJob;
import dev.shipgate.ci.model.CiStep;
import dev.shipgate.ci.model.Loc;
import dev.shipgate.ci.model.Script;
import dev.shipgate.ci.shell.Cmd;
import dev.shipgate.ci.shell.Loop;
import dev.shipgate.ci.shell.Op;
import dev.shipgate.ci.shell.ShellProgram;
import dev.shipgate.ci.shell.Token;
import dev.shipgate.lint.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code unsorted-migration-loop}: a script applies {@code *.sql} files with a SQL client in the
 * order a glob, {@code ls} or {@code find} yields them. Glob and {@code ls} order is lexical
 * ({@code 10_x.sql} before {@code 9_x.sql}), {@code find} order is arbitrary, and unless the loop
 * filters them ({@link RollbackFilter}), rollback files run right after the migration they undo.
 * Covers {@code for f in GLOB}, {@code ls|find ... | while read f}, {@code ... | xargs psql} and
 * {@code cat GLOB | psql}. Seed and fixture files are not migrations and are left alone. When the
 * folder is in the repository ({@link SqlFolder}), its files decide: names of one fixed-width
 * version (timestamps) sort correctly by glob, and a folder without rollback files needs no filter.
 */
final class UnsortedMigrationLoopRule implements CiRule {
  static final Pattern SQL_CLIENT =
      Pattern.compile(
          "(^|[\\s/|;(])(psql|mysql|mariadb|sqlite3|sqlcmd|clickhouse-client|duckdb|cockroach\\s+sql)(\\s|$)");
  private static final Pattern SORTED =
      Pattern.compile(
          "sort\\s+[^|;]*(-[a-zA-Z]*[Vng]|--version-sort|--numeric-sort|--general-numeric-sort)|\\bls\\s+[^|;]*-[a-zA-Z]*v");
  private static final Pattern FIXED_WIDTH = Pattern.compile("(\\[0-9]){2,}");
  private static final Pattern FILE_SOURCE = Pattern.compile("[*?\\[]|\\bls\\b|\\bfind\\b");
  private static final Pattern NOT_MIGRATIONS =
      Pattern.compile("seed|fixture|testdata|test_data", Pattern.CASE_INSENSITIVE);

  @Override
  public void check(CiDocument doc, CiContext ctx, List<CiFinding> out) {
    for (CiJob job : doc.jobs()) {
      for (CiStep step : job.steps()) {
        Script script = step.script();
        if (script == null || !script.shell().posix() || script.text().isBlank()) {
          continue;
        }
        ShellProgram program = ctx.classifier().program(script.text().text());
        String label =
            job.steps().size() == 1 && step.label().equals("script") ? "script" : step.label();
        Where where = new Where(script, job.id(), label, step.workingDirectory(), ctx.files());
        for (Loop loop : program.loops()) {
          checkLoop(program, loop, where, out);
        }
        checkPipelines(program, where, out);
      }
    }
  }

  /** The step a script belongs to: for messages, and to resolve the folders it reads. */
  private record Where(Script script, String job, String step, String dir, RepoFiles files) {}

  private static void checkLoop(ShellProgram program, Loop loop, Where where, List<CiFinding> out) {
    String source = source(program, loop);
    if (!FILE_SOURCE.matcher(source).find() || NOT_MIGRATIONS.matcher(source).find()) {
      return;
    }
    List<Cmd> body =
        loop.bodyFrom() <= loop.bodyTo()
            ? program.commands().subList(loop.bodyFrom(), loop.bodyTo() + 1)
            : List.of();
    if (!appliesVariable(program, body, loop.variable())) {
      return;
    }
    boolean filtered = RollbackFilter.inBody(program, loop);
    String shown =
        loop.kind() == Loop.Kind.FOR
            ? "for "
                + loop.variable()
                + " in "
                + loop.list().stream().map(Token::raw).collect(Collectors.joining(" "))
            : source + " | while read " + loop.variable();
    report(source, filtered, shown, where.script().text().locAt(loop.offset()), where, out);
  }

  /** {@code ls/find ... | xargs psql ...}, {@code find ... -exec psql}, {@code cat GLOB | psql}. */
  private static void checkPipelines(ShellProgram program, Where where, List<CiFinding> out) {
    for (Cmd cmd : program.commands()) {
      if (cmd.before() == Op.PIPE) {
        continue;
      }
      List<Cmd> pipeline = program.pipeline(cmd);
      String text = pipeline.stream().map(Cmd::text).collect(Collectors.joining(" | "));
      List<String> first = cmd.values();
      if (first.isEmpty() || NOT_MIGRATIONS.matcher(text).find() || !text.contains(".sql")) {
        continue;
      }
      boolean findExec =
          first.get(0).equals("find")
              && first.contains("-exec")
              && SQL_CLIENT.matcher(cmd.text()).find();
      boolean xargs =
          pipeline.size() > 1
              && pipeline.stream()
                  .anyMatch(
                      c ->
                          !c.values().isEmpty()
                              && c.values().get(0).equals("xargs")
                              && SQL_CLIENT.matcher(c.text()).find())
              && FILE_SOURCE.matcher(cmd.text()).find();
      boolean catGlob =
          pipeline.size() > 1
              && first.get(0).equals("cat")
              && cmd.text().matches(".*[*?].*")
              && SQL_CLIENT.matcher(pipeline.get(pipeline.size() - 1).text()).find();
      if (findExec || xargs || catGlob) {
        String source =
            pipeline.stream()
                .filter(c -> !SQL_CLIENT.matcher(c.text()).find())
                .map(Cmd::text)
                .collect(Collectors.joining(" | "));
        report(
            source,
            false,
            IgnoredFailureRule.shorten(text),
            where.script().text().locAt(cmd.offset()),
            where,
            out);
      }
    }
  }

  private static void report(
      String source, boolean bodyFilters, String shown, Loc loc, Where where, List<CiFinding> out) {
    Optional<SqlFolder> folder = SqlFolder.of(source, where.dir(), where.files());
    boolean sorted =
        SORTED.matcher(source).find()
            || FIXED_WIDTH.matcher(source).find()
            || source.contains("/migration.sql")
            || folder.map(SqlFolder::sortsByName).orElse(false);
    boolean skipsRollbacks =
        bodyFilters
            || RollbackFilter.inSource(source)
            || folder.map(f -> f.rollback() == null).orElse(false);
    if (sorted && skipsRollbacks) {
      return;
    }
    String[] pair = folder.map(SqlFolder::misordered).orElse(null);
    String rollback = folder.map(SqlFolder::rollback).orElse(null);
    String order =
        source.contains("find") && !source.contains("sort")
            ? "in the order find lists them, which is arbitrary"
            : pair != null
                ? "in glob (lexical) order, so " + pair[0] + " runs before " + pair[1]
                : "in glob (lexical) order, so 10_x.sql runs before 9_x.sql";
    String rollbacks =
        rollback != null
            ? "rollback files included ("
                + rollback
                + " is in "
                + folder.get().dir()
                + ")"
                + ", which then run right after the migration they undo"
            : "rollback files (e.g. 17_x_rollback.sql) included, which then run right after the"
                + " migration they undo";
    String what =
        !sorted && !skipsRollbacks
            ? order + ", with " + rollbacks
            : !sorted ? order : "with " + rollbacks;
    String message = "`" + IgnoredFailureRule.shorten(shown) + "` applies SQL files " + what;
    List<String> fixes = new ArrayList<>();
    if (!sorted) {
      fixes.add("sort by version (`ls DIR/*.sql | sort -V`)");
    }
    if (!skipsRollbacks) {
      fixes.add("skip rollbacks (`grep -v -E 'rollback|down|revert|undo'`)");
    }
    String hint =
        String.join(" and ", fixes)
            + ", or let one migration runner apply them (`shipgate migrate`)";
    out.add(
        CiFinding.of(Rule.UNSORTED_MIGRATION_LOOP, loc, where.job(), where.step(), message, hint));
  }

  private static String source(ShellProgram program, Loop loop) {
    if (loop.kind() == Loop.Kind.FOR) {
      return loop.list().stream().map(Token::raw).collect(Collectors.joining(" "));
    }
    List<String> parts = new ArrayList<>();
    for (int i : loop.producers()) {
      parts.add(program.commands().get(i).text());
    }
    parts.addAll(loop.inputs());
    return String.join(" | ", parts);
  }

  /** A body command (or pipeline) that feeds the loop variable to a SQL client. */
  private static boolean appliesVariable(ShellProgram program, List<Cmd> body, String variable) {
    if (variable == null) {
      return false;
    }
    Pattern ref = Pattern.compile("\\$\\{?" + Pattern.quote(variable) + "\\b");
    for (Cmd c : body) {
      List<Cmd> pipeline = program.pipeline(c);
      String text = pipeline.stream().map(Cmd::text).collect(Collectors.joining(" | "));
      if (ref.matcher(text).find() && SQL_CLIENT.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
