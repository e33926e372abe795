package dev.shipgate.ci.shell;

import java.util.HashMap;
import java.util.Map;

/**
 * Parsed scripts by their text, so that a script read by several rules (and by the classifier) is
 * parsed once. One instance per linted file; not thread-safe.
 */
public final class ParsedScripts {
  private final Map<String, ShellProgram> programs = new HashMap<>();

  public ShellProgram of(String text) {
    return programs.computeIfAbsent(text, ShellProgram::parse);
  }
}
