package dev.shipgate.ci.classify;

import dev.shipgate.ci.shell.Cmd;
import dev.shipgate.ci.shell.ShellProgram;
import java.util.ArrayList;
import java.util.List;

/**
 * Says what one shell command does: runs tests, applies migrations, builds, type-checks, deploys,
 * reports, cleans up, or setup. Wrappers are peeled first ({@link Invocation}); commands run inside
 * containers, over ssh or in {@code bash -c} are classified by what they run.
 */
public final class CommandClassifier {
  private static final int MAX_DEPTH = 4;

  private CommandClassifier() {}

  /**
   * What the command does; {@code byName} when only a script file's name (or a bare {@code rake}, a
   * convention) says so, as in {@code python test.py}.
   */
  public static Classification classify(Cmd cmd) {
    Invocation.Unwrapped u = Invocation.strip(cmd.values());
    if (u.inline() != null) {
      return new Classification(inline(u.inline(), 1), cmd.text());
    }
    if (u.words().isEmpty()) {
      return new Classification(Purpose.NEUTRAL, cmd.text());
    }
    String program = u.words().get(0);
    List<String> args = u.words().subList(1, u.words().size());
    if (args.contains("--version") || args.contains("--help")) {
      return new Classification(Purpose.NEUTRAL, cmd.text());
    }
    Purpose p = Programs.purpose(program, args, cmd.redirects(), 0);
    boolean byName = p.critical() && Programs.byFileName(program, args);
    return new Classification(p, cmd.text(), byName);
  }

  /** The combined purpose of a whole script (see {@link Classification#combine}). */
  public static Classification classifyScript(ShellProgram program) {
    List<Classification> parts = new ArrayList<>();
    for (Cmd c : program.commands()) {
      parts.add(classify(c));
    }
    return Classification.combine(parts);
  }

  static Purpose purpose(List<String> words, List<Cmd.Redirect> redirects, int depth) {
    if (depth > MAX_DEPTH) {
      return Purpose.UNKNOWN;
    }
    Invocation.Unwrapped u = Invocation.strip(words);
    if (u.inline() != null) {
      return inline(u.inline(), depth + 1);
    }
    if (u.words().isEmpty()) {
      return Purpose.NEUTRAL;
    }
    List<String> args = u.words().subList(1, u.words().size());
    if (args.contains("--version") || args.contains("--help")) {
      return Purpose.NEUTRAL;
    }
    return Programs.purpose(u.words().get(0), args, redirects, depth);
  }

  /** The purpose of inline shell text ({@code bash -c}, {@code ssh host '...'}, {@code eval}). */
  static Purpose inline(String text, int depth) {
    if (depth > MAX_DEPTH) {
      return Purpose.UNKNOWN;
    }
    List<Classification> parts = new ArrayList<>();
    for (Cmd c : ShellProgram.parse(text).commands()) {
      parts.add(new Classification(purpose(c.values(), c.redirects(), depth), null));
    }
    return Classification.combine(parts).purpose();
  }

  /** The purpose of a command given as words (a container's command, a remote command). */
  static Purpose inner(List<String> words, int depth) {
    if (words.isEmpty()) {
      return Purpose.UNKNOWN;
    }
    if (words.size() == 1 && words.get(0).contains(" ")) {
      return inline(words.get(0), depth + 1);
    }
    return purpose(words, List.of(), depth + 1);
  }
}
