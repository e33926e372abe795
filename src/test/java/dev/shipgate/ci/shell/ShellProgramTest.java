package dev.shipgate.ci.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellProgramTest {
  private static List<String> texts(List<Cmd> cmds) {
    return cmds.stream().map(Cmd::text).toList();
  }

  @Test
  void orFallbackIsTheCommandAfterIt() {
    ShellProgram p = ShellProgram.parse("npm test || true\necho next");
    Cmd test = p.commands().get(0);
    assertThat(test.after()).isEqualTo(Op.OR);
    assertThat(texts(p.fallback(test))).containsExactly("true");
  }

  @Test
  void groupFallbackIsTheWholeGroup() {
    ShellProgram p = ShellProgram.parse("npm test || { echo \"failed\"; exit 1; }\necho after");
    assertThat(texts(p.fallback(p.commands().get(0)))).containsExactly("echo \"failed\"", "exit 1");
  }

  @Test
  void operatorAfterASubshellAppliesToTheCommandsInside() {
    ShellProgram p = ShellProgram.parse("(cd api && npm test) || true");
    Cmd test = p.commands().get(1);
    assertThat(test.text()).isEqualTo("npm test");
    assertThat(test.after()).isEqualTo(Op.OR);
    assertThat(texts(p.fallback(test))).containsExactly("true");
  }

  @Test
  void conditionsAndNegationsAreTested() {
    ShellProgram p =
        ShellProgram.parse(
            "if npm test; then echo ok; fi\n! pytest\nwhile pg_isready; do sleep 1; done");
    assertThat(p.commands())
        .extracting(Cmd::text, Cmd::tested)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("npm test", true),
            org.assertj.core.groups.Tuple.tuple("echo ok", false),
            org.assertj.core.groups.Tuple.tuple("pytest", true),
            org.assertj.core.groups.Tuple.tuple("pg_isready", true),
            org.assertj.core.groups.Tuple.tuple("sleep 1", false));
  }

  @Test
  void forLoopKeepsVariableListAndBody() {
    ShellProgram p = ShellProgram.parse("for f in db/*.sql; do\n  psql -f \"$f\"\ndone\necho done");
    Loop loop = p.loops().get(0);
    assertThat(loop.kind()).isEqualTo(Loop.Kind.FOR);
    assertThat(loop.variable()).isEqualTo("f");
    assertThat(loop.list()).extracting(Token::raw).containsExactly("db/*.sql");
    assertThat(texts(p.commands().subList(loop.bodyFrom(), loop.bodyTo() + 1)))
        .containsExactly("psql -f \"$f\"");
  }

  @Test
  void whileReadLoopKnowsWhatIsPipedIntoIt() {
    ShellProgram p =
        ShellProgram.parse("ls db/*.sql | sort | while read -r f; do psql -f \"$f\"; done");
    Loop loop = p.loops().get(0);
    assertThat(loop.variable()).isEqualTo("f");
    assertThat(loop.producers())
        .extracting(i -> p.commands().get(i).text())
        .containsExactly("ls db/*.sql", "sort");
  }

  @Test
  void whileLoopKeepsItsRedirectedInput() {
    ShellProgram p =
        ShellProgram.parse("while read f; do psql -f $f; done < <(ls db/*.sql | sort -V)");
    assertThat(p.loops().get(0).inputs()).containsExactly("<(ls db/*.sql | sort -V)");
  }

  @Test
  void hereDocumentBodiesAreNotCommands() {
    ShellProgram p = ShellProgram.parse("cat > x.sh <<'EOF'\nnpm test || true\nEOF\nbash x.sh");
    assertThat(texts(p.commands())).containsExactly("cat > x.sh << 'EOF'", "bash x.sh");
  }

  @Test
  void commentsContinuationsAndQuotesStayInTheirPlace() {
    ShellProgram p =
        ShellProgram.parse(
            "npm run test:ci \\\n  --bail # not || true\necho \"a || b\"; grep 'x|y' f");
    assertThat(texts(p.commands()))
        .containsExactly("npm run test:ci --bail", "echo \"a || b\"", "grep 'x|y' f");
    assertThat(p.commands().get(0).after()).isEqualTo(Op.SEQ);
  }

  @Test
  void caseArmsAreCommandsAndPatternsAreNot() {
    ShellProgram p =
        ShellProgram.parse(
            "case \"$f\" in\n  *rollback*) continue ;;\n  *) psql -f \"$f\" ;;\nesac\necho end");
    assertThat(texts(p.commands())).containsExactly("continue", "psql -f \"$f\"", "echo end");
  }

  @Test
  void newlineAfterAndKeepsTheList() {
    ShellProgram p = ShellProgram.parse("npm ci &&\n  npm test");
    assertThat(p.commands().get(1).before()).isEqualTo(Op.AND);
  }

  @Test
  void pipelineGroupsItsCommands() {
    ShellProgram p = ShellProgram.parse("go test ./... 2>&1 | tee log | tail -5\necho x");
    assertThat(texts(p.pipeline(p.commands().get(1))))
        .containsExactly("go test ./... 2>&1", "tee log", "tail -5");
  }

  @Test
  void unbalancedInputNeverFails() {
    for (String s :
        List.of(
            "echo \"unclosed",
            "$(ls",
            "for f in; do",
            "if; then fi fi fi",
            "))) ((",
            "a |",
            "<<")) {
      assertThat(ShellProgram.parse(s)).isNotNull();
    }
  }

  @Test
  void caseArmsKeepTheirSubjectPatternsAndBody() {
    ShellProgram p =
        ShellProgram.parse(
            "for f in *.sql; do\n  case \"$f\" in\n    *rollback*|*_down.sql) continue;;\n"
                + "    *) psql -f \"$f\" ;;\n  esac\ndone");
    assertThat(p.cases()).hasSize(2);
    CaseArm skip = p.cases().get(0);
    assertThat(skip.subject()).isEqualTo("\"$f\"");
    assertThat(skip.patterns()).containsExactly("*rollback*", "*_down.sql");
    assertThat(texts(p.commands().subList(skip.bodyFrom(), skip.bodyTo() + 1)))
        .containsExactly("continue");
    CaseArm apply = p.cases().get(1);
    assertThat(texts(p.commands().subList(apply.bodyFrom(), apply.bodyTo() + 1)))
        .containsExactly("psql -f \"$f\"");
  }

  @Test
  void caseOnOneLineWithAnEmptyArm() {
    ShellProgram p = ShellProgram.parse("case $f in *rollback*) ;; *) psql -f $f;; esac");
    assertThat(p.cases()).hasSize(2);
    assertThat(p.cases().get(0).bodyFrom()).isGreaterThan(p.cases().get(0).bodyTo());
    assertThat(texts(p.commands())).containsExactly("psql -f $f");
  }
}
