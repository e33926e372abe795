package dev.shipgate.ci.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Turns tokens into the flat command list of {@link ShellProgram}: compound commands ({@code if},
 * {@code while}, {@code for}, {@code case}, groups, subshells) only set each command's depth and
 * whether its status is tested; loops are recorded separately. Enough structure to reason about how
 * failures flow, without being a full shell grammar.
 */
final class ShellParser {
  private static final Set<String> RESERVED =
      Set.of(
          "if",
          "then",
          "elif",
          "else",
          "fi",
          "while",
          "until",
          "do",
          "done",
          "for",
          "case",
          "esac",
          "{",
          "}",
          "!",
          "time",
          "function");

  private enum Frame {
    IF_COND,
    IF_BODY,
    LOOP_COND,
    LOOP_BODY,
    FOR_HEAD,
    CASE,
    GROUP,
    SUBSHELL
  }

  private record Open(Frame frame, int firstCmd, LoopBuilder loop) {}

  private static final class LoopBuilder {
    Loop.Kind kind;
    String variable;
    final List<Token> list = new ArrayList<>();
    final List<Integer> producers = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();
    int offset;
    int bodyFrom = -1;
    int bodyTo = -1;
  }

  private static final class Builder {
    final List<Token> words = new ArrayList<>();
    final List<Cmd.Redirect> redirects = new ArrayList<>();
    int offset = -1;
  }

  private final List<Token> tokens;
  private final List<Cmd> cmds = new ArrayList<>();
  private final List<Op> compoundAfter = new ArrayList<>();
  private final List<LoopBuilder> loops = new ArrayList<>();
  private final Deque<Open> stack = new ArrayDeque<>();
  private Builder current = new Builder();
  private Op before = Op.SEQ;
  private boolean negated;
  private int[] lastCompound;
  private LoopBuilder lastLoop;
  private List<Integer> pendingOr = List.of();
  private int pendingOrDepth;
  private final List<int[]> fallbacks = new ArrayList<>();
  private boolean casePattern;
  private final List<CaseBuilder> arms = new ArrayList<>();
  private final Deque<CaseBuilder> openCases = new ArrayDeque<>();

  /** The case being read: its subject, and the arm whose patterns or body is being read. */
  private static final class CaseBuilder {
    String subject = "";
    List<String> patterns = new ArrayList<>();
    int bodyFrom = -1;
  }

  private ShellParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static ShellProgram parse(List<Token> tokens) {
    return new ShellParser(tokens).run();
  }

  private ShellProgram run() {
    for (int t = 0; t < tokens.size(); t++) {
      t = step(t);
    }
    endCommand(Op.SEQ);
    while (!stack.isEmpty()) {
      close(stack.peek().frame());
    }
    return build();
  }

  /** Handles the token at {@code t}; returns the index of the last token consumed. */
  private int step(int t) {
    Token tok = tokens.get(t);
    Open top = stack.peek();
    if (top != null && top.frame() == Frame.FOR_HEAD) {
      return forHead(t, top);
    }
    if (caseHead) {
      if (tok.kind() == Token.Kind.WORD && tok.value().equals("in")) {
        caseHead = false;
        casePattern = true;
      } else if (tok.kind() == Token.Kind.WORD && !openCases.isEmpty()) {
        openCases.peek().subject = tok.raw();
      }
      return t;
    }
    if (casePattern) {
      return casePattern(tok, t);
    }
    switch (tok.kind()) {
      case WORD -> word(tok);
      case REDIRECT -> {
        return redirect(t);
      }
      case NEWLINE -> endCommand(Op.SEQ);
      case OP -> operator(tok);
    }
    return t;
  }

  private int forHead(int t, Open top) {
    Token tok = tokens.get(t);
    LoopBuilder loop = top.loop();
    if (tok.kind() == Token.Kind.WORD) {
      String v = tok.value();
      if (loop.variable == null) {
        loop.variable = v;
      } else if (v.equals("do") && loop.list.isEmpty()) {
        replaceTop(Frame.LOOP_BODY);
        loop.bodyFrom = cmds.size();
      } else if (!v.equals("in") || !loop.list.isEmpty()) {
        loop.list.add(tok);
      }
      return t;
    }
    if (tok.kind() == Token.Kind.NEWLINE || tok.isOp(";")) {
      // `do` follows on this or the next line
      int k = t + 1;
      while (k < tokens.size() && tokens.get(k).kind() == Token.Kind.NEWLINE) {
        k++;
      }
      if (k < tokens.size() && tokens.get(k).kind() == Token.Kind.WORD) {
        if (tokens.get(k).value().equals("do")) {
          replaceTop(Frame.LOOP_BODY);
          loop.bodyFrom = cmds.size();
          return k;
        }
      }
      return t;
    }
    return t;
  }

  private boolean caseHead;

  private int casePattern(Token tok, int t) {
    CaseBuilder c = openCases.peek();
    if (tok.kind() == Token.Kind.WORD && tok.value().equals("esac")) {
      casePattern = false;
      close(Frame.CASE);
    } else if (tok.isOp(")")) {
      casePattern = false;
      if (c != null) {
        c.bodyFrom = cmds.size();
      }
    } else if (tok.kind() == Token.Kind.WORD && c != null) {
      c.patterns.add(tok.raw());
    }
    return t;
  }

  /** Ends the arm being read (at {@code ;;} or {@code esac}). */
  private void endArm() {
    CaseBuilder c = openCases.peek();
    if (c == null) {
      return;
    }
    if (c.bodyFrom >= 0) {
      arms.add(new CaseBuilder());
      CaseBuilder done = arms.get(arms.size() - 1);
      done.subject = c.subject;
      done.patterns = c.patterns;
      done.bodyFrom = c.bodyFrom;
      armEnds.add(cmds.size() - 1);
    }
    c.patterns = new ArrayList<>();
    c.bodyFrom = -1;
  }

  private final List<Integer> armEnds = new ArrayList<>();

  private void word(Token tok) {
    boolean reserved = tok.raw().equals(tok.value()) && RESERVED.contains(tok.raw());
    if (current.words.isEmpty() && reserved && keyword(tok)) {
      return;
    }
    if (current.words.isEmpty()) {
      current.offset = tok.offset();
    }
    current.words.add(tok);
    lastCompound = null;
    lastLoop = null;
  }

  /** A reserved word at command position; returns false when it is an ordinary word here. */
  private boolean keyword(Token tok) {
    switch (tok.raw()) {
      case "if" -> push(Frame.IF_COND, null);
      case "then", "else" -> replaceTop(Frame.IF_BODY);
      case "elif" -> replaceTop(Frame.IF_COND);
      case "fi" -> close(Frame.IF_COND, Frame.IF_BODY);
      case "while" -> {
        LoopBuilder loop = newLoop(Loop.Kind.WHILE, tok.offset());
        if (before == Op.PIPE) {
          for (int k = cmds.size() - 1; k >= 0; k--) {
            loop.producers.add(0, k);
            if (cmds.get(k).before() != Op.PIPE) {
              break;
            }
          }
          if (!loop.producers.isEmpty()) {
            loop.offset = cmds.get(loop.producers.get(0)).offset();
          }
        }
        push(Frame.LOOP_COND, loop);
      }
      case "until" -> push(Frame.LOOP_COND, null);
      case "do" -> {
        Open top = stack.peek();
        replaceTop(Frame.LOOP_BODY);
        if (top != null && top.loop() != null) {
          top.loop().bodyFrom = cmds.size();
          LoopBuilder loop = top.loop();
          if (loop.kind == Loop.Kind.WHILE && loop.variable == null) {
            loop.variable = readVariable(top.firstCmd());
          }
        }
      }
      case "done" -> close(Frame.LOOP_BODY, Frame.LOOP_COND);
      case "for" -> push(Frame.FOR_HEAD, newLoop(Loop.Kind.FOR, tok.offset()));
      case "case" -> {
        push(Frame.CASE, null);
        openCases.push(new CaseBuilder());
        caseHead = true;
      }
      case "esac" -> close(Frame.CASE);
      case "{" -> push(Frame.GROUP, null);
      case "}" -> close(Frame.GROUP);
      case "!" -> negated = true;
      case "time", "function" -> {}
      default -> {
        return false;
      }
    }
    return true;
  }

  private String readVariable(int firstCmd) {
    for (int k = firstCmd; k < cmds.size(); k++) {
      List<String> v = cmds.get(k).values();
      if (!v.isEmpty() && v.get(0).equals("read")) {
        for (int w = v.size() - 1; w > 0; w--) {
          if (!v.get(w).startsWith("-")) {
            return v.get(w);
          }
        }
      }
    }
    return null;
  }

  private LoopBuilder newLoop(Loop.Kind kind, int offset) {
    endCommand(Op.SEQ, false);
    LoopBuilder loop = new LoopBuilder();
    loop.kind = kind;
    loop.offset = offset;
    loops.add(loop);
    return loop;
  }

  private int redirect(int t) {
    Token op = tokens.get(t);
    String target = null;
    int last = t;
    boolean selfContained = op.raw().matches("\\d*[<>]&[\\d-]+");
    if (!selfContained && t + 1 < tokens.size() && tokens.get(t + 1).kind() == Token.Kind.WORD) {
      target = tokens.get(t + 1).raw();
      last = t + 1;
    }
    if (current.words.isEmpty() && lastLoop != null) {
      if (target != null) {
        lastLoop.inputs.add(target);
      }
      return last;
    }
    if (current.offset < 0) {
      current.offset = op.offset();
    }
    current.redirects.add(new Cmd.Redirect(op.raw(), target));
    return last;
  }

  private void operator(Token tok) {
    switch (tok.raw()) {
      case ";", "&" -> endCommand(Op.SEQ);
      case "&&" -> endCommand(Op.AND);
      case "||" -> endCommand(Op.OR);
      case "|" -> endCommand(Op.PIPE);
      case ";;", ";&", ";;&" -> {
        endCommand(Op.SEQ);
        endArm();
        casePattern = true;
      }
      case "(" -> {
        if (current.words.isEmpty()) {
          push(Frame.SUBSHELL, null);
        }
      }
      case ")" -> close(Frame.SUBSHELL);
      default -> {}
    }
  }

  private void push(Frame frame, LoopBuilder loop) {
    endCommand(Op.SEQ, false);
    stack.push(new Open(frame, cmds.size(), loop));
  }

  private void replaceTop(Frame frame) {
    endCommand(Op.SEQ, false);
    if (stack.isEmpty()) {
      return;
    }
    Open top = stack.pop();
    stack.push(new Open(frame, top.firstCmd(), top.loop()));
  }

  /** Closes the innermost frame if it is one of {@code frames}; stray closers are ignored. */
  private void close(Frame... frames) {
    endCommand(Op.SEQ, false);
    Open top = stack.peek();
    if (top == null || !List.of(frames).contains(top.frame())) {
      return;
    }
    if (top.frame() == Frame.CASE) {
      endArm();
      openCases.poll();
      casePattern = false;
    }
    stack.pop();
    lastCompound = new int[] {top.firstCmd(), cmds.size() - 1};
    if (top.loop() != null) {
      top.loop().bodyTo = cmds.size() - 1;
      lastLoop = top.loop();
    }
  }

  private void endCommand(Op after) {
    endCommand(after, true);
  }

  /**
   * Ends the command being read. {@code separator} is true when a real token ended it, false when a
   * reserved word starts or ends a compound command.
   */
  private void endCommand(Op after, boolean separator) {
    if (current.words.isEmpty() && current.redirects.isEmpty()) {
      if (separator) {
        emptyCommand(after);
      }
      return;
    }
    int index = cmds.size();
    boolean tested =
        negated
            || stack.stream()
                .anyMatch(o -> o.frame() == Frame.IF_COND || o.frame() == Frame.LOOP_COND);
    Op effective = separator ? after : Op.SEQ;
    cmds.add(
        new Cmd(
            index,
            current.words,
            current.redirects,
            Math.max(0, current.offset),
            before,
            effective,
            stack.size(),
            tested,
            -1,
            -1));
    compoundAfter.add(null);
    fallbacks.add(null);
    for (int src : pendingOr) {
      fallbacks.set(src, new int[] {index, pendingOrDepth});
    }
    pendingOr = List.of();
    if (effective == Op.OR) {
      pendingOr = List.of(index);
      pendingOrDepth = stack.size();
    }
    current = new Builder();
    before = effective;
    negated = false;
    lastCompound = null;
    lastLoop = null;
  }

  /**
   * A separator with no command before it: a blank line or a newline after {@code &&} (which keeps
   * the pending operator), or an operator right after a compound command, as in {@code (a; b) ||
   * true}, which then applies to every command inside the compound.
   */
  private void emptyCommand(Op after) {
    if (after == Op.SEQ) {
      if (lastCompound != null) {
        before = Op.SEQ;
      }
      lastCompound = null;
      lastLoop = null;
      return;
    }
    if (lastCompound != null && lastCompound[1] >= lastCompound[0]) {
      List<Integer> members = new ArrayList<>();
      for (int k = lastCompound[0]; k <= lastCompound[1]; k++) {
        compoundAfter.set(k, after);
        members.add(k);
      }
      if (after == Op.OR) {
        pendingOr = members;
        pendingOrDepth = stack.size();
      }
    }
    before = after;
  }

  private ShellProgram build() {
    List<Cmd> out = new ArrayList<>(cmds.size());
    for (Cmd c : cmds) {
      Op after =
          c.after() == Op.SEQ && compoundAfter.get(c.index()) != null
              ? compoundAfter.get(c.index())
              : c.after();
      int[] fb = fallbacks.get(c.index());
      out.add(
          new Cmd(
              c.index(),
              c.words(),
              c.redirects(),
              c.offset(),
              c.before(),
              after,
              c.depth(),
              c.tested(),
              fb == null ? -1 : fb[0],
              fb == null ? -1 : fb[1]));
    }
    List<Loop> built = new ArrayList<>();
    for (LoopBuilder l : loops) {
      if (l.variable == null || l.bodyFrom < 0) {
        continue;
      }
      int to = l.bodyTo < 0 ? cmds.size() - 1 : l.bodyTo;
      built.add(
          new Loop(l.kind, l.variable, l.list, l.producers, l.inputs, l.offset, l.bodyFrom, to));
    }
    List<CaseArm> caseArms = new ArrayList<>();
    for (int k = 0; k < arms.size(); k++) {
      CaseBuilder a = arms.get(k);
      caseArms.add(new CaseArm(a.subject, a.patterns, a.bodyFrom, armEnds.get(k)));
    }
    return new ShellProgram(out, built, caseArms);
  }
}
