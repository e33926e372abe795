package dev.shipgate.ci.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Build tools and language CLIs whose sub-command or goal says what they do: Maven goals, Gradle
 * tasks, {@code go test}, {@code cargo build}, {@code dotnet test}, Django and Rails commands,
 * front-end bundlers, Python packaging, release tools.
 */
final class BuildTools {
  private static final Set<String> SKIP_TESTS =
      Set.of("-DskipTests", "-DskipTests=true", "-Dmaven.test.skip=true", "-Dmaven.test.skip");
  private static final Set<String> BUNDLERS =
      Set.of("webpack", "rollup", "esbuild", "tsup", "rspack", "rsbuild", "electron-builder");

  private BuildTools() {}

  /** The purpose, or null when {@code prog} is not one of these tools. */
  static Purpose purpose(String prog, List<String> args) {
    if (BUNDLERS.contains(prog)) {
      return args.contains("serve") || args.contains("--watch") ? Purpose.NEUTRAL : Purpose.BUILD;
    }
    return switch (prog) {
      case "mvn", "mvnw", "mvnd" -> maven(args);
      case "gradle", "gradlew" -> gradle(args);
      case "go" -> go(args);
      case "cargo" -> cargo(args);
      case "dotnet" -> dotnet(args);
      case "sbt",
          "lein",
          "mix",
          "swift",
          "flutter",
          "dart",
          "meson",
          "bazel",
          "bazelisk",
          "stack",
          "cabal",
          "zig",
          "forge",
          "hardhat",
          "truffle" ->
          subcommand(prog, args);
      case "xcodebuild" -> args.contains("test") ? Purpose.TEST : Purpose.BUILD;
      case "cmake" -> args.contains("--build") ? Purpose.BUILD : Purpose.NEUTRAL;
      case "ninja", "msbuild", "scons", "ant", "javac", "gcc", "g++", "clang" -> Purpose.BUILD;
      case "pip", "pip3" ->
          Args.first(args, Set.of()).equals("wheel") ? Purpose.BUILD : Purpose.NEUTRAL;
      case "uv", "poetry", "pdm", "flit", "maturin", "hatch-build" -> packaging(args);
      case "twine" ->
          Args.first(args, Set.of()).equals("upload") ? Purpose.DEPLOY : Purpose.NEUTRAL;
      case "gem" -> gem(args);
      case "vite",
          "next",
          "nuxt",
          "nuxi",
          "astro",
          "gatsby",
          "remix",
          "docusaurus",
          "react-scripts",
          "vue-cli-service",
          "parcel",
          "ncc",
          "ng",
          "svelte-kit",
          "expo",
          "eas" ->
          frontEnd(prog, args);
      case "hugo" ->
          args.contains("server")
              ? Purpose.NEUTRAL
              : args.contains("deploy") ? Purpose.DEPLOY : Purpose.BUILD;
      case "jekyll" -> args.contains("build") ? Purpose.BUILD : Purpose.NEUTRAL;
      case "mkdocs" -> args.contains("gh-deploy") ? Purpose.DEPLOY : Purpose.NEUTRAL;
      case "manage.py", "django-admin" -> django(args);
      case "setup.py" -> setupPy(args);
      case "php", "artisan" -> php(prog, args);
      case "rails", "bin/rails" -> rails(args);
      case "node", "ts-node", "tsx", "ruby", "perl", "java" -> runtime(args);
      case "semantic-release", "release-it", "np" -> Purpose.DEPLOY;
      case "goreleaser" ->
          args.contains("release") || Args.first(args, Set.of()).isEmpty()
              ? Purpose.DEPLOY
              : args.contains("build") ? Purpose.BUILD : Purpose.NEUTRAL;
      case "fastlane" -> TaskNames.ofTask(String.join(" ", Args.positionals(args, Set.of())));
      default -> null;
    };
  }

  private static Purpose maven(List<String> args) {
    List<String> goals =
        Args.positionals(
            args,
            Set.of(
                "-pl",
                "--projects",
                "-P",
                "-f",
                "--file",
                "-s",
                "--settings",
                "-T",
                "--threads",
                "-rf",
                "-gs",
                "-t",
                "-l",
                "-Dmaven.repo.local"));
    boolean skipTests = args.stream().anyMatch(SKIP_TESTS::contains);
    List<Classification> parts = new ArrayList<>();
    for (String g : goals) {
      Purpose p =
          switch (g) {
            case "deploy", "jib:build", "release:perform" -> Purpose.DEPLOY;
            case "flyway:migrate", "liquibase:update", "flyway:repair", "flyway:baseline" ->
                Purpose.MIGRATION;
            case "test",
                "verify",
                "integration-test",
                "install",
                "surefire:test",
                "failsafe:integration-test" ->
                skipTests ? Purpose.BUILD : Purpose.TEST;
            case "package",
                "compile",
                "test-compile",
                "spring-boot:build-image",
                "jib:dockerBuild" ->
                Purpose.BUILD;
            case "clean" -> Purpose.CLEANUP;
            default -> Purpose.NEUTRAL;
          };
      parts.add(new Classification(p, g));
    }
    return parts.isEmpty() ? Purpose.UNKNOWN : Classification.combine(parts).purpose();
  }

  private static Purpose gradle(List<String> args) {
    List<String> excluded = new ArrayList<>();
    for (int i = 0; i < args.size() - 1; i++) {
      if (args.get(i).equals("-x") || args.get(i).equals("--exclude-task")) {
        excluded.add(args.get(i + 1));
      }
    }
    List<Classification> parts = new ArrayList<>();
    for (String task :
        Args.positionals(
            args,
            Set.of(
                "-x",
                "--exclude-task",
                "-p",
                "--project-dir",
                "-b",
                "-c",
                "-g",
                "-I",
                "--init-script",
                "-D",
                "-P"))) {
      String name = task.contains(":") ? task.substring(task.lastIndexOf(':') + 1) : task;
      parts.add(new Classification(gradleTask(name, excluded), task));
    }
    return parts.isEmpty() ? Purpose.NEUTRAL : Classification.combine(parts).purpose();
  }

  private static Purpose gradleTask(String name, List<String> excluded) {
    String t = name.toLowerCase(Locale.ROOT);
    boolean testsExcluded =
        excluded.stream().anyMatch(e -> e.endsWith("test") || e.endsWith("check"));
    if (t.equals("build") || t.equals("check")) {
      return testsExcluded ? Purpose.BUILD : Purpose.TEST;
    }
    if (t.endsWith("test") || t.startsWith("test") || t.contains("integrationtest")) {
      return Purpose.TEST;
    }
    if (t.startsWith("assemble")
        || t.startsWith("bundle")
        || t.endsWith("jar")
        || t.startsWith("compile")
        || t.equals("jibdockerbuild")
        || t.equals("bootbuildimage")
        || t.equals("installdist")) {
      return Purpose.BUILD;
    }
    if (t.startsWith("publish")
        || t.equals("jib")
        || t.startsWith("deploy")
        || t.startsWith("upload")) {
      return Purpose.DEPLOY;
    }
    if (t.startsWith("flyway") && t.contains("migrate") || t.equals("update")) {
      return Purpose.MIGRATION;
    }
    if (t.equals("clean")) {
      return Purpose.CLEANUP;
    }
    return TaskNames.ofTask(name);
  }

  private static Purpose go(List<String> args) {
    String sub = Args.first(args, Set.of("-C"));
    return switch (sub) {
      case "test" -> Purpose.TEST;
      case "build" -> Purpose.BUILD;
      case "run" ->
          TaskNames.ofTask(
              String.join(" ", Args.positionals(args, Set.of("-C", "-tags", "-ldflags"))));
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose cargo(List<String> args) {
    String sub = Args.first(args, Set.of("--manifest-path", "-p", "--package", "-Z", "--target"));
    return switch (sub) {
      case "test", "nextest", "tarpaulin", "llvm-cov", "t", "bench" ->
          sub.equals("bench") ? Purpose.INFORMATIONAL : Purpose.TEST;
      case "build", "b", "install", "zigbuild" ->
          sub.equals("install") ? Purpose.NEUTRAL : Purpose.BUILD;
      case "check", "c" -> Purpose.TYPECHECK;
      case "publish" -> Purpose.DEPLOY;
      case "run", "r" -> Purpose.UNKNOWN;
      case "audit", "deny" -> Purpose.INFORMATIONAL;
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose dotnet(List<String> args) {
    String sub = Args.first(args, Set.of("-c", "--configuration", "-f", "--framework"));
    if (sub.equals("ef") && args.contains("update")) {
      return Purpose.MIGRATION;
    }
    if (sub.equals("nuget") && args.contains("push")) {
      return Purpose.DEPLOY;
    }
    return switch (sub) {
      case "test", "vstest" -> Purpose.TEST;
      case "build", "publish", "pack", "msbuild" -> Purpose.BUILD;
      case "run" -> Purpose.UNKNOWN;
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose subcommand(String prog, List<String> args) {
    String sub = Args.first(args, Set.of("-p", "--project", "--config"));
    if (prog.equals("mix") && sub.equals("ecto.migrate")) {
      return Purpose.MIGRATION;
    }
    if (prog.equals("mix") && sub.equals("dialyzer")) {
      return Purpose.TYPECHECK;
    }
    if ((prog.equals("hardhat") || prog.equals("truffle")) && sub.equals("migrate")) {
      return Purpose.DEPLOY;
    }
    if (prog.equals("forge") && sub.equals("script") && args.contains("--broadcast")) {
      return Purpose.DEPLOY;
    }
    return switch (sub) {
      case "test", "it:test", "testonly", "coverage" -> Purpose.TEST;
      case "build", "compile", "package", "assembly", "uberjar", "release", "archive" ->
          Purpose.BUILD;
      case "publish", "deploy", "publishsigned" -> Purpose.DEPLOY;
      case "clean" -> Purpose.CLEANUP;
      case "run", "script" -> TaskNames.ofTask(String.join(" ", Args.positionals(args, Set.of())));
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose packaging(List<String> args) {
    String sub = Args.first(args, Set.of());
    return switch (sub) {
      case "build", "sdist", "wheel" -> Purpose.BUILD;
      case "publish", "upload" -> Purpose.DEPLOY;
      case "run" -> Purpose.UNKNOWN;
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose gem(List<String> args) {
    String sub = Args.first(args, Set.of());
    return sub.equals("build")
        ? Purpose.BUILD
        : sub.equals("push") ? Purpose.DEPLOY : Purpose.NEUTRAL;
  }

  private static Purpose frontEnd(String prog, List<String> args) {
    String sub = Args.first(args, Set.of("--config", "-c", "--mode", "--port"));
    return switch (sub) {
      case "build", "generate", "export", "bundle" -> Purpose.BUILD;
      case "test", "e2e" -> Purpose.TEST;
      case "check", "typecheck" -> Purpose.TYPECHECK;
      case "deploy", "publish", "submit", "update" ->
          prog.equals("eas") || sub.equals("deploy") || sub.equals("publish")
              ? Purpose.DEPLOY
              : Purpose.NEUTRAL;
      case "" -> prog.equals("parcel") || prog.equals("ncc") ? Purpose.BUILD : Purpose.NEUTRAL;
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose django(List<String> args) {
    String sub = Args.first(args, Set.of("--settings"));
    return switch (sub) {
      case "test" -> Purpose.TEST;
      case "migrate" -> Purpose.MIGRATION;
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose setupPy(List<String> args) {
    if (args.contains("test")) {
      return Purpose.TEST;
    }
    if (args.contains("upload")) {
      return Purpose.DEPLOY;
    }
    return Args.any(args, Set.of("sdist", "bdist_wheel", "build", "build_ext", "bdist"))
        ? Purpose.BUILD
        : Purpose.NEUTRAL;
  }

  private static Purpose php(String prog, List<String> args) {
    List<String> pos = Args.positionals(args, Set.of("-d", "-c"));
    if (prog.equals("php")) {
      if (pos.isEmpty()) {
        return Purpose.UNKNOWN;
      }
      String script = Programs.baseName(pos.get(0));
      if (script.equals("phpunit") || script.equals("pest")) {
        return Purpose.TEST;
      }
      if (!script.equals("artisan") && !script.equals("console")) {
        return TaskNames.ofTask(script.replace(".php", ""));
      }
      pos = pos.subList(1, pos.size());
    }
    String sub = pos.isEmpty() ? "" : pos.get(0);
    if (sub.equals("test") || sub.startsWith("dusk")) {
      return Purpose.TEST;
    }
    if (Set.of(
            "migrate",
            "migrate:fresh",
            "migrate:refresh",
            "migrate:reset",
            "migrate:rollback",
            "doctrine:migrations:migrate")
        .contains(sub)) {
      return Purpose.MIGRATION;
    }
    return Purpose.NEUTRAL;
  }

  private static Purpose rails(List<String> args) {
    String sub = Args.first(args, Set.of("-e", "--environment"));
    if (sub.equals("test") || sub.startsWith("test:") || sub.equals("spec")) {
      return Purpose.TEST;
    }
    if (Set.of(
            "db:migrate",
            "db:schema:load",
            "db:prepare",
            "db:setup",
            "db:reset",
            "db:rollback",
            "db:structure:load")
        .contains(sub)) {
      return Purpose.MIGRATION;
    }
    if (sub.equals("assets:precompile")) {
      return Purpose.BUILD;
    }
    return Purpose.NEUTRAL;
  }

  private static Purpose runtime(List<String> args) {
    if (args.contains("--test")) {
      return Purpose.TEST;
    }
    List<String> pos =
        Args.positionals(
            args,
            Set.of(
                "-r",
                "--require",
                "--loader",
                "--import",
                "-e",
                "--eval",
                "-I",
                "-cp",
                "-classpath",
                "--class-path"));
    if (pos.isEmpty()) {
      return Purpose.UNKNOWN;
    }
    String base = Programs.baseName(pos.get(0));
    int dot = base.lastIndexOf('.');
    return TaskNames.ofTask(dot > 0 ? base.substring(0, dot) : base);
  }
}
