package dev.shipgate.ci.classify;

import dev.shipgate.ci.shell.Cmd;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dispatches a command to the rules for its program. Programs whose purpose does not depend on
 * their arguments (test runners, type checkers, scanners, cleanup and setup tools) are a table; the
 * rest live in {@link PackageScripts}, {@link BuildTools}, {@link Migrators} and {@link Deployers}.
 * A script file ({@code ./scripts/run-tests.sh}) is judged by its name.
 */
final class Programs {
  private static final Map<String, Purpose> TABLE = new HashMap<>();

  static {
    put(
        Purpose.TEST,
        "jest",
        "mocha",
        "ava",
        "tap",
        "karma",
        "jasmine",
        "cucumber",
        "cucumber-js",
        "behave",
        "bats",
        "robot",
        "newman",
        "pytest",
        "py.test",
        "rspec",
        "phpunit",
        "pest",
        "ctest",
        "gotestsum",
        "ginkgo",
        "codeceptjs",
        "testcafe",
        "wdio",
        "unittest",
        "nose2",
        "nosetests",
        "trial",
        "stestr",
        "prove",
        "busted",
        "phpspec",
        "kaocha",
        "elm-test",
        "tox",
        "nox");
    put(
        Purpose.TYPECHECK,
        "vue-tsc",
        "svelte-check",
        "mypy",
        "dmypy",
        "pyright",
        "basedpyright",
        "pytype",
        "pyre",
        "phpstan",
        "psalm",
        "steep",
        "srb",
        "sorbet",
        "glint",
        "tsc-files");
    put(
        Purpose.INFORMATIONAL,
        "codecov",
        "codecovcli",
        "coveralls",
        "codacy-coverage-reporter",
        "cc-test-reporter",
        "sonar-scanner",
        "sonar",
        "snyk",
        "trivy",
        "grype",
        "syft",
        "semgrep",
        "bandit",
        "safety",
        "pip-audit",
        "gitleaks",
        "trufflehog",
        "osv-scanner",
        "checkov",
        "tfsec",
        "kics",
        "dependency-check",
        "retire",
        "audit-ci",
        "better-npm-audit",
        "lighthouse",
        "lhci",
        "size-limit",
        "bundlesize",
        "danger",
        "genhtml",
        "junit2html",
        "allure",
        "reviewdog",
        "zizmor",
        "brakeman",
        "bundle-audit",
        "bundler-audit",
        "lychee",
        "markdown-link-check",
        "pa11y",
        "scorecard",
        "infracost",
        "coverage-badge");
    put(
        Purpose.CLEANUP,
        "kill",
        "pkill",
        "killall",
        "rm",
        "rmdir",
        "unlink",
        "fuser",
        "umount",
        "dropdb");
    put(
        Purpose.NEUTRAL,
        "echo",
        "printf",
        "cat",
        "ls",
        "cd",
        "pushd",
        "popd",
        "mkdir",
        "cp",
        "mv",
        "touch",
        "chmod",
        "chown",
        "export",
        "set",
        "unset",
        "true",
        ":",
        "false",
        "sleep",
        "wait",
        "test",
        "[",
        "[[",
        "which",
        "command",
        "type",
        "hash",
        "read",
        "tee",
        "grep",
        "egrep",
        "sed",
        "awk",
        "jq",
        "yq",
        "cut",
        "sort",
        "uniq",
        "head",
        "tail",
        "wc",
        "tr",
        "find",
        "tar",
        "zip",
        "unzip",
        "gzip",
        "gunzip",
        "curl",
        "wget",
        "apt",
        "apt-get",
        "brew",
        "yum",
        "dnf",
        "apk",
        "choco",
        "corepack",
        "nvm",
        "pyenv",
        "rustup",
        "sdk",
        "conda",
        "mamba",
        "micromamba",
        "ssh-keyscan",
        "ssh-add",
        "ssh-agent",
        "openssl",
        "base64",
        "date",
        "pwd",
        "whoami",
        "uname",
        "df",
        "du",
        "free",
        "nproc",
        "ln",
        "basename",
        "dirname",
        "realpath",
        "readlink",
        "exit",
        "return",
        "shift",
        "trap",
        "createdb",
        "pg_isready",
        "mysqladmin",
        "redis-cli",
        "nc",
        "netstat",
        "ss",
        "lsof",
        "ps",
        "pgrep",
        "wait-for-it",
        "dockerize",
        "xargs",
        "envsubst",
        "diff",
        "cmp",
        "md5sum",
        "sha256sum",
        "shasum",
        "file",
        "stat",
        "chsh",
        "locale",
        "ulimit",
        "umask",
        "git-lfs",
        "gpg",
        "aws-actions",
        "gsutil",
        "rsync",
        "scp",
        "eslint",
        "prettier",
        "stylelint",
        "ruff",
        "black",
        "isort",
        "flake8",
        "pylint",
        "rubocop",
        "golangci-lint",
        "shellcheck",
        "hadolint",
        "actionlint",
        "tflint",
        "ktlint",
        "detekt",
        "clippy",
        "biome",
        "oxlint",
        "markdownlint",
        "yamllint",
        "commitlint",
        "cspell",
        "codespell",
        "pre-commit",
        "license-checker",
        "sphinx-build",
        "pg_dump",
        "mysqldump",
        "kustomize",
        "terraform-docs",
        "python-inline",
        "bundle",
        "bundler",
        "gh",
        "git",
        "volta",
        "asdf",
        "mise",
        "direnv",
        "cosign",
        "notation",
        "ollama");
  }

  private static final Pattern SCRIPT_FILE =
      Pattern.compile(".*\\.(sh|bash|py|js|mjs|cjs|ts|rb|pl|ps1)$");

  private Programs() {}

  private static void put(Purpose p, String... names) {
    for (String n : names) {
      TABLE.put(n, p);
    }
  }

  /** A program's name as a word: no directory, no {@code .exe}/{@code .cmd}, lower case. */
  static String baseName(String word) {
    String w = word;
    int slash = Math.max(w.lastIndexOf('/'), w.lastIndexOf('\\'));
    if (slash >= 0) {
      w = w.substring(slash + 1);
    }
    w = w.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".exe", ".cmd", ".bat")) {
      if (w.endsWith(ext)) {
        w = w.substring(0, w.length() - ext.length());
      }
    }
    return w;
  }

  static Purpose purpose(String word, List<String> args, List<Cmd.Redirect> redirects, int depth) {
    String prog = baseName(word);
    Purpose p = PackageScripts.purpose(prog, args);
    if (p == null) {
      p = BuildTools.purpose(prog, args);
    }
    if (p == null) {
      p = Migrators.purpose(prog, args, redirects);
    }
    if (p == null) {
      p = Deployers.purpose(prog, args, depth);
    }
    if (p == null) {
      p = testRunner(prog, args);
    }
    if (p == null && (prog.equals("tsc") || prog.equals("flow"))) {
      p =
          Args.any(args, Set.of("--init", "stop", "server", "--showConfig"))
              ? Purpose.NEUTRAL
              : Purpose.TYPECHECK;
    }
    if (p == null) {
      p = TABLE.get(prog);
    }
    if (p == null && isScriptFile(word)) {
      p = TaskNames.ofTask(stripExtension(prog));
    }
    return p == null ? Purpose.UNKNOWN : p;
  }

  private static Purpose testRunner(String prog, List<String> args) {
    String sub = Args.first(args, Set.of("-c", "--config", "--project", "--browser", "-b"));
    return switch (prog) {
      case "playwright" -> sub.equals("test") ? Purpose.TEST : Purpose.NEUTRAL;
      case "cypress" -> sub.equals("run") ? Purpose.TEST : Purpose.NEUTRAL;
      case "vitest" -> sub.equals("bench") ? Purpose.INFORMATIONAL : Purpose.TEST;
      case "coverage" ->
          sub.equals("run")
              ? Purpose.TEST
              : sub.equals("erase") ? Purpose.CLEANUP : Purpose.INFORMATIONAL;
      case "nyc", "c8" -> Purpose.INFORMATIONAL;
      case "detox" ->
          sub.equals("test") ? Purpose.TEST : sub.equals("build") ? Purpose.BUILD : null;
      default -> null;
    };
  }

  private static final java.util.Set<String> RUNTIMES =
      java.util.Set.of("node", "deno", "bun", "ts-node", "tsx", "ruby", "perl", "php", "pwsh");

  /**
   * True when the command's purpose can only come from a file's name: a script run directly ({@code
   * ./scripts/test.sh}, {@code python test.py} once {@code python} is peeled) or handed to a
   * runtime ({@code node test.js}), rather than a known program or sub-command.
   */
  static boolean byFileName(String word, List<String> args) {
    String prog = baseName(word);
    if (PackageScripts.defaultRakeTask(prog, args)) {
      return true;
    }
    if (RUNTIMES.contains(prog)) {
      List<String> pos = Args.positionals(args, Set.of("-r", "--require", "-d", "-c", "-e"));
      if (pos.isEmpty()) {
        return false;
      }
      String file = baseName(pos.get(0));
      return isScriptFile(pos.get(0)) && !Set.of("phpunit", "pest", "artisan").contains(file);
    }
    if (!isScriptFile(word) || TABLE.containsKey(prog)) {
      return false;
    }
    return PackageScripts.purpose(prog, args) == null && BuildTools.purpose(prog, args) == null;
  }

  private static boolean isScriptFile(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return word.contains("/") || SCRIPT_FILE.matcher(lower).matches();
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
