package dev.shipgate.ci.shell;

import java.util.List;

/**
 * One arm of a {@code case WORD in PATTERN) ... ;; esac}: the word tested (as written, e.g. {@code
 * "$f"}), the arm's patterns ({@code *rollback*}, {@code *_down.sql}), and the range of its body
 * commands (indexes into {@link ShellProgram#commands()}; empty when {@code bodyFrom > bodyTo}).
 */
public record CaseArm(String subject, List<String> patterns, int bodyFrom, int bodyTo) {
  public CaseArm {
    patterns = List.copyOf(patterns);
  }
}
