package dev.shipgate.ci.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Task runners whose work is named by the user: npm/yarn/pnpm/bun scripts, make targets, just,
 * task, rake, invoke, turbo, nx, lerna. The task name says what it does ({@link TaskNames}); the
 * runners' own sub-commands ({@code npm publish}, {@code npm audit}) are known directly.
 */
final class PackageScripts {
  private static final Set<String> NPM_NEUTRAL =
      Set.of(
          "ci",
          "install",
          "i",
          "add",
          "remove",
          "uninstall",
          "link",
          "config",
          "set",
          "cache",
          "prune",
          "dedupe",
          "outdated",
          "ls",
          "list",
          "why",
          "info",
          "view",
          "version",
          "pack",
          "login",
          "whoami",
          "init",
          "create",
          "exec",
          "dlx",
          "setup",
          "upgrade",
          "up",
          "fetch",
          "rebuild",
          "env",
          "doctor",
          "workspaces",
          "global",
          "store",
          "import",
          "licenses");
  private static final Set<String> PNPM_VALUED = Set.of("--filter", "-F", "-C", "--dir", "-w");

  private PackageScripts() {}

  /** The purpose, or null when {@code prog} is not a task runner. */
  static Purpose purpose(String prog, List<String> args) {
    return switch (prog) {
      case "npm" -> npm(args);
      case "yarn" -> yarn(args);
      case "pnpm" -> pnpm(args);
      case "bun" -> bun(args);
      case "deno" -> deno(args);
      case "composer" -> composer(args);
      case "make", "gmake" -> make(args);
      case "just", "task", "invoke", "inv", "mage", "earthly", "hatch" -> named(args);
      case "rake" -> rake(args);
      case "turbo" -> turbo(args);
      case "nx" -> nx(args);
      case "lerna" -> lerna(args);
      case "changeset" ->
          Args.first(args, Set.of()).equals("publish") ? Purpose.DEPLOY : Purpose.NEUTRAL;
      default -> null;
    };
  }

  private static Purpose npm(List<String> args) {
    List<String> pos = Args.positionals(args, Set.of("-w", "--workspace", "--prefix", "-C"));
    if (pos.isEmpty()) {
      return Purpose.NEUTRAL;
    }
    String sub = pos.get(0);
    return switch (sub) {
      case "test", "t", "tst", "it", "install-test", "cit" -> Purpose.TEST;
      case "run", "run-script", "rum", "urn" ->
          pos.size() > 1 ? script(pos.get(1)) : Purpose.NEUTRAL;
      case "publish" -> Purpose.DEPLOY;
      case "audit" -> Purpose.INFORMATIONAL;
      case "start", "stop", "restart" -> Purpose.NEUTRAL;
      default -> NPM_NEUTRAL.contains(sub) ? Purpose.NEUTRAL : Purpose.UNKNOWN;
    };
  }

  private static Purpose yarn(List<String> args) {
    List<String> pos = Args.positionals(args, Set.of("--cwd"));
    if (pos.isEmpty()) {
      return Purpose.NEUTRAL; // bare `yarn` installs
    }
    String sub = pos.get(0);
    if (sub.equals("workspace") && pos.size() > 2) {
      return yarn(pos.subList(2, pos.size()));
    }
    if (sub.equals("workspaces") && pos.size() > 2 && pos.get(1).equals("foreach")) {
      return runLike(pos.subList(2, pos.size()));
    }
    return switch (sub) {
      case "test" -> Purpose.TEST;
      case "run" -> pos.size() > 1 ? script(pos.get(1)) : Purpose.NEUTRAL;
      case "publish" -> Purpose.DEPLOY;
      case "npm" ->
          pos.size() > 1 && pos.get(1).equals("publish")
              ? Purpose.DEPLOY
              : pos.size() > 1 && pos.get(1).equals("audit")
                  ? Purpose.INFORMATIONAL
                  : Purpose.NEUTRAL;
      case "audit" -> Purpose.INFORMATIONAL;
      default -> NPM_NEUTRAL.contains(sub) ? Purpose.NEUTRAL : script(sub);
    };
  }

  private static Purpose pnpm(List<String> args) {
    List<String> pos = Args.positionals(args, PNPM_VALUED);
    if (pos.isEmpty()) {
      return Purpose.NEUTRAL;
    }
    String sub = pos.get(0);
    return switch (sub) {
      case "test", "t", "tst" -> Purpose.TEST;
      case "run" -> pos.size() > 1 ? script(pos.get(1)) : Purpose.NEUTRAL;
      case "publish" -> Purpose.DEPLOY;
      case "audit" -> Purpose.INFORMATIONAL;
      case "recursive", "-r", "multi", "m" ->
          pos.size() > 1 ? pnpm(pos.subList(1, pos.size())) : Purpose.NEUTRAL;
      default -> NPM_NEUTRAL.contains(sub) ? Purpose.NEUTRAL : script(sub);
    };
  }

  private static Purpose bun(List<String> args) {
    List<String> pos = Args.positionals(args, Set.of("--cwd", "--filter"));
    if (pos.isEmpty()) {
      return Purpose.NEUTRAL;
    }
    String sub = pos.get(0);
    return switch (sub) {
      case "test" -> Purpose.TEST;
      case "run" -> pos.size() > 1 ? fileOrScript(pos.get(1)) : Purpose.NEUTRAL;
      case "build" -> Purpose.BUILD;
      case "publish" -> Purpose.DEPLOY;
      case "install", "i", "add", "remove", "x", "link", "pm", "upgrade", "init", "create" ->
          Purpose.NEUTRAL;
      default -> fileOrScript(sub);
    };
  }

  private static Purpose deno(List<String> args) {
    String sub = Args.first(args, Set.of("--config", "-c"));
    return switch (sub) {
      case "test" -> Purpose.TEST;
      case "check" -> Purpose.TYPECHECK;
      case "compile", "bundle" -> Purpose.BUILD;
      case "task" -> named(args.subList(args.indexOf("task") + 1, args.size()));
      case "deploy" -> Purpose.DEPLOY;
      case "publish" -> Purpose.DEPLOY;
      case "lint", "fmt", "install", "cache", "info", "doc" -> Purpose.NEUTRAL;
      default -> Purpose.UNKNOWN;
    };
  }

  private static Purpose composer(List<String> args) {
    String sub = Args.first(args, Set.of("-d", "--working-dir"));
    return switch (sub) {
      case "install",
          "update",
          "require",
          "dump-autoload",
          "validate",
          "config",
          "self-update",
          "global",
          "show",
          "outdated",
          "remove" ->
          Purpose.NEUTRAL;
      case "audit" -> Purpose.INFORMATIONAL;
      case "run", "run-script" -> script(Args.second(args, Set.of("-d", "--working-dir")));
      case "" -> Purpose.NEUTRAL;
      default -> script(sub);
    };
  }

  private static Purpose make(List<String> args) {
    List<String> targets = new ArrayList<>();
    for (String t :
        Args.positionals(args, Set.of("-C", "-f", "--file", "-j", "--jobs", "-I", "-o", "-W"))) {
      if (!t.contains("=") && !t.matches("\\d+")) {
        targets.add(t);
      }
    }
    if (targets.isEmpty()) {
      return Purpose.BUILD;
    }
    if (targets.contains("check")) {
      return Purpose.TEST;
    }
    return runLike(targets);
  }

  /** Rake tasks; a bare {@code rake} runs the default task, by convention the test suite. */
  private static Purpose rake(List<String> args) {
    List<String> tasks = Args.positionals(args, RAKE_VALUED);
    return tasks.isEmpty() ? Purpose.TEST : runLike(tasks);
  }

  static final Set<String> RAKE_VALUED = Set.of("-f", "-C", "-I");

  /** True for a bare {@code rake}: its purpose is a convention, as weak as a name. */
  static boolean defaultRakeTask(String prog, List<String> args) {
    return prog.equals("rake") && Args.positionals(args, RAKE_VALUED).isEmpty();
  }

  private static Purpose named(List<String> args) {
    List<String> pos =
        Args.positionals(args, Set.of("-f", "--justfile", "-d", "--dir", "-t", "--taskfile"));
    if (!pos.isEmpty() && pos.get(0).equals("run") && pos.size() > 1) {
      pos = pos.subList(1, pos.size());
    }
    return pos.isEmpty() ? Purpose.UNKNOWN : script(pos.get(0));
  }

  private static Purpose turbo(List<String> args) {
    List<String> pos =
        Args.positionals(
            args, Set.of("--filter", "-F", "--concurrency", "--cache-dir", "--token", "--team"));
    if (!pos.isEmpty() && pos.get(0).equals("run")) {
      pos = pos.subList(1, pos.size());
    }
    return pos.isEmpty() ? Purpose.UNKNOWN : runLike(pos);
  }

  private static Purpose nx(List<String> args) {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("-t") || a.equals("--target") || a.equals("--targets"))
          && i + 1 < args.size()) {
        targets.addAll(List.of(args.get(i + 1).split(",")));
      } else if (a.startsWith("--target=") || a.startsWith("--targets=")) {
        targets.addAll(List.of(a.substring(a.indexOf('=') + 1).split(",")));
      }
    }
    List<String> pos =
        Args.positionals(
            args,
            Set.of(
                "-t",
                "--target",
                "--targets",
                "-p",
                "--projects",
                "--base",
                "--head",
                "--parallel",
                "--configuration",
                "-c"));
    if (targets.isEmpty() && !pos.isEmpty()) {
      String first = pos.get(0);
      if (first.equals("run") && pos.size() > 1) {
        String spec = pos.get(1);
        targets.add(spec.contains(":") ? spec.split(":")[1] : spec);
      } else if (!Set.of("affected", "run-many", "graph", "format", "reset", "show")
          .contains(first)) {
        targets.add(first);
      }
    }
    return targets.isEmpty() ? Purpose.UNKNOWN : runLike(targets);
  }

  private static Purpose lerna(List<String> args) {
    String sub = Args.first(args, Set.of("--scope", "--ignore", "--concurrency"));
    return switch (sub) {
      case "publish", "version" -> sub.equals("publish") ? Purpose.DEPLOY : Purpose.NEUTRAL;
      case "run" -> script(Args.second(args, Set.of("--scope", "--ignore", "--concurrency")));
      case "bootstrap", "clean", "list", "ls", "changed", "diff", "init", "link", "add" ->
          Purpose.NEUTRAL;
      default -> Purpose.UNKNOWN;
    };
  }

  /** Several tasks run in order: the first critical one decides, else the first known one. */
  private static Purpose runLike(List<String> tasks) {
    List<Classification> parts = new ArrayList<>();
    for (String t : tasks) {
      parts.add(new Classification(script(t), t));
    }
    return Classification.combine(parts).purpose();
  }

  private static Purpose fileOrScript(String name) {
    if (name.contains("/") || name.matches(".*\\.(js|ts|mjs|cjs|tsx|jsx)$")) {
      String base = Programs.baseName(name);
      int dot = base.lastIndexOf('.');
      return TaskNames.ofTask(dot > 0 ? base.substring(0, dot) : base);
    }
    return script(name);
  }

  /** A package script or task by its name. */
  static Purpose script(String name) {
    if (name == null || name.isEmpty()) {
      return Purpose.UNKNOWN;
    }
    return TaskNames.ofTask(name);
  }
}
