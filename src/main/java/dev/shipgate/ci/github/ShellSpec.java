package dev.shipgate.ci.github;

import dev.shipgate.ci.model.ShellSettings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How GitHub starts a {@code run:} script for a given {@code shell:} value (step, job default or
 * workflow default) on a given runner. No shell on a Linux or macOS runner is {@code bash -e {0}}
 * (no pipefail); {@code bash} is {@code bash --noprofile --norc -eo pipefail {0}}; {@code sh} is
 * {@code sh -e {0}}; a custom template such as {@code bash -l {0}} gets only the flags it names. On
 * a Windows runner the default is PowerShell, which shipgate does not read as shell.
 */
final class ShellSpec {
  private static final Set<String> POSIX = Set.of("bash", "sh", "zsh", "dash", "ksh");

  private ShellSpec() {}

  static ShellSettings of(String shell, String runsOn) {
    if (shell == null || shell.isBlank()) {
      return windowsOnly(runsOn) ? ShellSettings.NOT_SHELL : ShellSettings.GITHUB_DEFAULT;
    }
    String s = shell.strip();
    if (s.equals("bash")) {
      return ShellSettings.GITHUB_BASH;
    }
    if (s.equals("sh")) {
      return new ShellSettings("sh", true, true, false);
    }
    List<String> words = List.of(s.split("\\s+"));
    String program = words.get(0);
    program = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (!POSIX.contains(program) || !s.contains("{0}")) {
      return new ShellSettings(s, false, true, true);
    }
    boolean errexit = false;
    boolean pipefail = false;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.matches("-[a-zA-Z]+") && w.contains("e")) {
        errexit = true;
      }
      if ((w.equals("-o") || w.matches("-[a-zA-Z]*o")) && i + 1 < words.size()) {
        String option = words.get(i + 1);
        errexit |= option.equals("errexit");
        pipefail |= option.equals("pipefail");
      }
    }
    return new ShellSettings(s, true, errexit, pipefail);
  }

  private static boolean windowsOnly(String runsOn) {
    return runsOn != null
        && runsOn.toLowerCase(Locale.ROOT).contains("windows")
        && !runsOn.contains("${{");
  }
}
