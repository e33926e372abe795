package dev.shipgate.ci.shell;

import java.util.ArrayList;
import java.util.List;

/** A parsed script: its simple commands in order, its loops and its {@code case} arms. */
public record ShellProgram(List<Cmd> commands, List<Loop> loops, List<CaseArm> cases) {
  public ShellProgram {
    commands = List.copyOf(commands);
    loops = List.copyOf(loops);
    cases = List.copyOf(cases);
  }

  /** Parses shell text; never fails (unknown constructs become plain commands). */
  public static ShellProgram parse(String text) {
    return ShellParser.parse(ShellLexer.lex(text));
  }

  /**
   * The tokens of shell text: words, operators, redirections and newlines with their offsets;
   * comments, line continuations and here-document bodies dropped. Never fails.
   */
  public static List<Token> tokens(String text) {
    return ShellLexer.lex(text);
  }

  /**
   * The commands of the fallback after {@code cmd ||}: the command (or pipeline, or {@code &&}
   * chain) right after the {@code ||}, or the whole group when the fallback is {@code { ...; }}.
   */
  public List<Cmd> fallback(Cmd cmd) {
    List<Cmd> out = new ArrayList<>();
    int j = cmd.fallbackStart();
    if (j < 0) {
      return out;
    }
    for (int k = j; k < commands.size(); k++) {
      Cmd c = commands.get(k);
      boolean inGroup = c.depth() > cmd.fallbackDepth();
      boolean chained =
          c.depth() == cmd.fallbackDepth() && (c.before() == Op.PIPE || c.before() == Op.AND);
      if (k == j || inGroup || chained) {
        out.add(c);
      } else {
        break;
      }
    }
    return out;
  }

  /** The whole pipeline {@code cmd} belongs to, in order. */
  public List<Cmd> pipeline(Cmd cmd) {
    int from = cmd.index();
    while (from > 0 && commands.get(from).before() == Op.PIPE) {
      from--;
    }
    int to = cmd.index();
    while (to < commands.size() - 1 && commands.get(to).after() == Op.PIPE) {
      to++;
    }
    return commands.subList(from, to + 1);
  }
}
