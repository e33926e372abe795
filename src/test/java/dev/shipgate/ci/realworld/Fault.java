package dev.shipgate.ci.realworld;

import java.util.ArrayList;
import java.util.List;

/**
 * A fault injected into a real CI file, chosen by a person reading the original: the change, the
 * line it lands on, and the finding it must produce (or none, for a harmless change that must stay
 * silent). Lines after an inserted line move down by the number of lines inserted.
 *
 * <p>Manifest form: {@code "KIND LINE"}, optionally followed by {@code " -- note"}.
 */
record Fault(Kind kind, int line, int variant) {
  /** What to inject. */
  enum Kind {
    /**
     * {@code continue-on-error: true} added to the step whose {@code -} is on LINE (a real test,
     * build or deploy step).
     */
    COE("coe", "continue-on-error"),
    /** {@code continue-on-error: true} added to the job whose key is on LINE. */
    COE_JOB("coe-job", "continue-on-error"),
    /** GitLab: {@code allow_failure: true} added to the job whose key is on LINE. */
    ALLOW_FAILURE("allow-failure", "continue-on-error"),
    /** {@code || true} appended to LINE, a real test, build, migration or deploy command. */
    OR_TRUE("or-true", "ignored-failure"),
    /**
     * A step applying {@code db/migrations/*.sql} in glob order inserted before the step on LINE.
     */
    SQL_LOOP("sql-loop", "unsorted-migration-loop"),
    /**
     * {@code continue-on-error: true} added to a setup, upload or report step: must stay silent.
     */
    COE_FINE("coe-fine", null),
    /** {@code || true} appended to a setup or cleanup command: must stay silent. */
    OR_TRUE_FINE("or-true-fine", null),
    /** A sorted, rollback-skipping migration loop inserted before the step on LINE: silent. */
    SQL_LOOP_FINE("sql-loop-fine", null);

    final String id;
    final String rule;

    Kind(String id, String rule) {
      this.id = id;
      this.rule = rule;
    }

    static Kind of(String id) {
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown fault kind: " + id);
    }
  }

  /** Positive loops, rotated by variant: glob, ls | while read, find | xargs, cat | psql. */
  private static final List<String> LOOPS =
      List.of(
          "for f in db/migrations/*.sql; do psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 -f \"$f\"; done",
          "ls db/migrations/*.sql | while read -r f; do psql \"$DATABASE_URL\" -f \"$f\"; done",
          "find db/migrations -name '*.sql' | xargs -n1 psql \"$DATABASE_URL\" -f",
          "cat db/migrations/*.sql | psql \"$DATABASE_URL\"");

  /** Loops that sort by version and skip rollbacks, each filter a different way. */
  private static final List<String> FINE_LOOPS =
      List.of(
          "for f in $(ls db/migrations/*.sql | sort -V); do case \"$f\" in *rollback*) continue;; esac;"
              + " psql \"$DATABASE_URL\" -f \"$f\"; done",
          "for f in $(ls db/migrations/*.sql | sort -V); do [[ $f == *rollback* ]] && continue;"
              + " psql \"$DATABASE_URL\" -f \"$f\"; done",
          "for f in $(ls db/migrations/*.sql | grep -v rollback | sort -V); do psql \"$DATABASE_URL\""
              + " -f \"$f\"; done",
          "find db/migrations -name '*.sql' ! -name '*rollback*' | sort -V | xargs -n1 psql"
              + " \"$DATABASE_URL\" -f");

  /** Parses manifest specs; the variant of a loop fault follows from its line. */
  static List<Fault> parse(List<String> specs) {
    List<Fault> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String spec = specs.get(i).split(" -- ", 2)[0].strip();
      String[] p = spec.split("\\s+");
      out.add(new Fault(Kind.of(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[1])));
    }
    return out;
  }

  /** The file after the fault. */
  List<String> apply(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    String target = lines.get(line - 1);
    switch (kind) {
      case COE, COE_FINE ->
          out.add(line, " ".repeat(stepKeyIndent(target)) + "continue-on-error: true");
      case COE_JOB -> out.add(line, " ".repeat(indentOf(target) + 2) + "continue-on-error: true");
      case ALLOW_FAILURE -> out.add(line, " ".repeat(indentOf(target) + 2) + "allow_failure: true");
      case OR_TRUE, OR_TRUE_FINE -> out.set(line - 1, target.stripTrailing() + " || true");
      case SQL_LOOP, SQL_LOOP_FINE -> {
        String dash = " ".repeat(indentOf(target));
        String loop = (kind == Kind.SQL_LOOP ? LOOPS : FINE_LOOPS).get(variant % LOOPS.size());
        out.add(line - 1, dash + "  run: '" + loop.replace("'", "''") + "'");
        out.add(line - 1, dash + "- name: Apply SQL migrations");
      }
    }
    return out;
  }

  /** The finding the fault must produce ({@code "LINE RULE error"}), or null for a silent one. */
  String expected() {
    if (kind.rule == null) {
      return null;
    }
    int at =
        switch (kind) {
          case COE, COE_JOB, ALLOW_FAILURE -> line + 1;
          case SQL_LOOP -> line + 1;
          default -> line;
        };
    return at + " " + kind.rule + " error";
  }

  /** The lines of the changed file that belong to the fault (where any finding is the fault's). */
  List<Integer> lines() {
    return switch (kind) {
      case COE, COE_JOB, ALLOW_FAILURE, COE_FINE -> List.of(line, line + 1);
      case OR_TRUE, OR_TRUE_FINE -> List.of(line);
      case SQL_LOOP, SQL_LOOP_FINE -> List.of(line, line + 1);
    };
  }

  /** Lines inserted before {@code original}'s line in the changed file. */
  int shift(int original) {
    return switch (kind) {
      case COE, COE_JOB, ALLOW_FAILURE, COE_FINE -> original > line ? 1 : 0;
      case OR_TRUE, OR_TRUE_FINE -> 0;
      case SQL_LOOP, SQL_LOOP_FINE -> original >= line ? 2 : 0;
    };
  }

  private static int indentOf(String l) {
    return l.length() - l.stripLeading().length();
  }

  /** The column of the step's keys: after {@code "- "} on the step's first line. */
  private static int stepKeyIndent(String l) {
    int dash = indentOf(l);
    if (l.startsWith("-", dash)) {
      int k = dash + 1;
      while (k < l.length() && l.charAt(k) == ' ') {
        k++;
      }
      return k;
    }
    return dash;
  }
}
