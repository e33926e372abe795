package dev.shipgate.ci.shell;

import java.util.List;

/**
 * A {@code for} or {@code while read} loop: the loop variable, what it iterates over ({@code for}
 * words; for {@code while}, the commands piped into it and the text redirected into it after {@code
 * done}), and the range of body commands (indexes into {@link ShellProgram#commands()}).
 */
public record Loop(
    Kind kind,
    String variable,
    List<Token> list,
    List<Integer> producers,
    List<String> inputs,
    int offset,
    int bodyFrom,
    int bodyTo) {
  /** Loop kinds. */
  public enum Kind {
    FOR,
    WHILE
  }

  public Loop {
    list = List.copyOf(list);
    producers = List.copyOf(producers);
    inputs = List.copyOf(inputs);
  }
}
