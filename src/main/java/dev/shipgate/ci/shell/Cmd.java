package dev.shipgate.ci.shell;

import java.util.List;

/**
 * One simple command of a script, in order: its words and redirections, its offset, what joins it
 * to the previous and next command ({@code after} includes an operator that follows an enclosing
 * group, as in {@code (a; b) || true}), how deeply it is nested, whether its status is tested
 * (inside an {@code if}/{@code while} condition, or negated with {@code !}), and for a command
 * followed by {@code ||}: where the fallback starts and the nesting depth at the {@code ||}.
 */
public record Cmd(
    int index,
    List<Token> words,
    List<Redirect> redirects,
    int offset,
    Op before,
    Op after,
    int depth,
    boolean tested,
    int fallbackStart,
    int fallbackDepth) {
  public Cmd {
    words = List.copyOf(words);
    redirects = List.copyOf(redirects);
  }

  /** The words after quote removal. */
  public List<String> values() {
    return words.stream().map(Token::value).toList();
  }

  /** The command as written, for messages. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Token w : words) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(w.raw());
    }
    for (Redirect r : redirects) {
      sb.append(' ').append(r.op()).append(r.target() == null ? "" : " " + r.target());
    }
    return sb.toString();
  }

  /** A redirection: the operator ({@code >}, {@code <}, {@code 2>&1}) and its target word. */
  public record Redirect(String op, String target) {}
}
