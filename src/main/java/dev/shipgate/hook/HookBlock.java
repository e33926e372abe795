package dev.shipgate.hook;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell block shipgate adds to a pre-commit hook. It runs only when files under the migration
 * directory are staged, lints the staged snapshot (checked out from the index into a temporary
 * directory, so unstaged edits neither hide nor cause findings), and blocks the commit on errors.
 * {@code SHIPGATE} in the environment overrides the command recorded at install time.
 */
final class HookBlock {
  static final String BEGIN = "# >>> shipgate pre-commit >>>";
  static final String END = "# <<< shipgate pre-commit <<<";

  private HookBlock() {}

  /**
   * @param migrationDir the directory to lint, relative to the repository root
   * @param configFile the config file relative to the repository root, or null
   * @param command shell words that run shipgate, each already quoted for sh
   */
  static String render(String migrationDir, String configFile, String command) {
    String dir = quote(migrationDir);
    String args =
        (configFile == null ? "" : "-c " + quote(configFile) + " ") + "lint migrations " + dir;
    List<String> lines = new ArrayList<>();
    lines.add(BEGIN);
    lines.add(
        "# Managed by `shipgate hook install`; `shipgate hook uninstall` removes this block.");
    lines.add("# Lints the staged migration files; a lint error blocks the commit.");
    lines.add("if ! git diff --cached --quiet --diff-filter=ACMRD -- " + dir + "; then");
    lines.add("  shipgate_tmp=$(mktemp -d \"${TMPDIR:-/tmp}/shipgate-hook.XXXXXX\") || exit 1");
    String paths = configFile == null ? dir : dir + " " + quote(configFile);
    lines.add(
        "  git ls-files -z -- "
            + paths
            + " | git checkout-index -z --stdin --prefix=\"$shipgate_tmp/\"");
    lines.add("  mkdir -p \"$shipgate_tmp/\"" + dir);
    if (configFile != null) {
      String cfg = quote(configFile);
      lines.add("  if [ ! -f \"$shipgate_tmp/\"" + cfg + " ] && [ -f " + cfg + " ]; then");
      lines.add(
          "    mkdir -p \"$(dirname \"$shipgate_tmp/\""
              + cfg
              + ")\" && cp "
              + cfg
              + " \"$shipgate_tmp/\""
              + cfg);
      lines.add("  fi");
    }
    lines.add(
        "  if [ -n \"${SHIPGATE:-}\" ]; then shipgate_bin=$SHIPGATE; else shipgate_bin="
            + quote(command)
            + "; fi");
    lines.add("  (cd \"$shipgate_tmp\" && eval \"$shipgate_bin \"" + quote(args) + ")");
    lines.add("  shipgate_rc=$?");
    lines.add("  rm -rf \"$shipgate_tmp\"");
    lines.add("  if [ \"$shipgate_rc\" -ne 0 ]; then");
    lines.add(
        "    echo \"shipgate: commit blocked: migration lint failed (exit $shipgate_rc); fix the findings above, or bypass once with git commit --no-verify\" >&2");
    lines.add("    exit 1");
    lines.add("  fi");
    lines.add("fi");
    lines.add(END);
    return String.join("\n", lines) + "\n";
  }

  /** Single-quotes a word for sh. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
