package dev.shipgate.ci.shell;

/**
 * A shell token: a word (raw text, quotes included), an operator ({@code ; && || | & ( ) ;;}), a
 * redirection operator ({@code > >> < << 2>&1}) or a newline, with its offset in the script.
 */
public record Token(Kind kind, String raw, int offset) {
  /** Token kinds. */
  public enum Kind {
    WORD,
    OP,
    REDIRECT,
    NEWLINE
  }

  /** The word as the shell would see it after quote removal (substitutions stay as written). */
  public String value() {
    return kind == Kind.WORD ? Words.unquote(raw) : raw;
  }

  public boolean isOp(String op) {
    return kind == Kind.OP && raw.equals(op);
  }
}
