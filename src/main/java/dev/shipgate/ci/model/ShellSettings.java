package dev.shipgate.ci.model;

/**
 * How a script runs: the shell as configured, whether shipgate can read it as POSIX shell, and
 * whether it starts with errexit ({@code -e}) and pipefail. GitHub runs {@code bash -e {0}} when no
 * shell is named and {@code bash --noprofile --norc -eo pipefail {0}} for {@code shell: bash};
 * GitLab runs bash with {@code set -eo pipefail}.
 */
public record ShellSettings(String name, boolean posix, boolean errexit, boolean pipefail) {
  public static final ShellSettings GITHUB_DEFAULT =
      new ShellSettings("bash -e {0}", true, true, false);
  public static final ShellSettings GITHUB_BASH = new ShellSettings("bash", true, true, true);
  public static final ShellSettings GITLAB = new ShellSettings("bash", true, true, true);
  public static final ShellSettings NOT_SHELL = new ShellSettings("other", false, true, true);
}
