package dev.shipgate.cli;

import dev.shipgate.fuzz.FuzzRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Random argument lists for every one-shot command of the tree: its own options with hostile
 * values, unknown and misspelt flags, missing values, odd paths, secrets typed in the wrong place,
 * global options before and after the command. Seeded: {@code -Dshipgate.fuzz.seed=N}. Commands
 * that change the working directory's repository (hook install/uninstall) or never end (serve,
 * monitor, deploy) are left out; everything else runs against a config, a SQLite database and an
 * incident store in a temp dir.
 */
class CliArgsFuzzTest {
  private static final long SEED = FuzzRun.seed(15);

  /** Commands that write into the working directory's git repository or run until stopped. */
  private static final Set<String> LEFT_OUT =
      Set.of("hook install", "hook uninstall", "serve", "monitor", "deploy");

  @TempDir static Path dir;
  private static final List<CommandLine> COMMANDS = new ArrayList<>();
  private static String config;
  private static List<String> values;

  @BeforeAll
  static void setUp() throws IOException {
    collect(Cli.commandTree());
    Path db = Files.createDirectories(dir.resolve("db"));
    Files.writeString(db.resolve("001_init.sql"), "CREATE TABLE t (id int);\n");
    Path file = Files.writeString(dir.resolve("file.txt"), "x\n");
    config = dir.resolve("shipgate.yaml").toString();
    Files.writeString(
        Path.of(config),
        "version: 1\n"
            + "database:\n  url: sqlite:app.db\n  connect: {attempts: 1, timeout: 1s}\n"
            + "  expect: {tables: [t]}\n"
            + "migrations: {dir: db}\n"
            + "store: sqlite:store.db\n"
            + "checks:\n  - {name: api, get: 'http://127.0.0.1:1/health', timeout: 300ms}\n"
            + "verify: {endpoints: [{get: 'http://127.0.0.1:1/', timeout: 300ms}]}\n");
    values =
        List.of(
            FuzzRun.CANARY,
            FuzzRun.ARG_CANARY,
            "--" + FuzzRun.ARG_CANARY,
            "x=" + FuzzRun.ARG_CANARY,
            "postgres://u:" + FuzzRun.CANARY + "@127.0.0.1:1/db",
            "",
            "-",
            "--",
            "日本語",
            "\uD83D\uDE00",
            "99999999999999999999",
            "-1",
            "0",
            "100000000000000000d",
            "5",
            "5s",
            "300ms",
            "json",
            "sarif",
            "text",
            "flyway",
            "3",
            dir.toString(),
            db.toString(),
            file.toString(),
            dir.resolve("missing/path").toString(),
            "/dev/null",
            "tcp://127.0.0.1:1",
            "http://127.0.0.1:1/",
            "sqlite:" + dir.resolve("other.db"),
            "@" + dir.resolve("missing-argfile"),
            "a".repeat(3000));
  }

  private static void collect(CommandLine cl) {
    String name = cl.getCommandSpec().qualifiedName(" ").replaceFirst("^shipgate ?", "");
    if (!LEFT_OUT.contains(name)
        && !name.startsWith("serve")
        && !name.startsWith("monitor")
        && !name.startsWith("deploy")) {
      COMMANDS.add(cl);
    }
    cl.getSubcommands().values().forEach(CliArgsFuzzTest::collect);
  }

  @Test
  void randomArgumentsEndWithADocumentedExitCodeAndNeverEchoASecret() {
    Map<String, String> env = FuzzRun.canaryEnv(Map.of());
    FuzzRun.loop(
        "CliArgsFuzzTest",
        SEED,
        FuzzRun.cases(600),
        (random, i) -> {
          List<String> args = arguments(COMMANDS.get(random.nextInt(COMMANDS.size())), random);
          return new FuzzRun.Ran(String.join(" ", args), List.of(FuzzRun.run(env, args)));
        });
  }

  private static List<String> arguments(CommandLine cl, SplittableRandom r) {
    List<String> words =
        new ArrayList<>(List.of(cl.getCommandSpec().qualifiedName(" ").split(" ")));
    words.remove(0); // "shipgate"
    List<String> args = new ArrayList<>();
    String name = String.join(" ", words);
    // init writes its -c FILE: a fresh one in the temp dir, never the shared config
    String target =
        name.equals("init") ? dir.resolve("init-" + r.nextInt(1000) + ".yaml").toString() : config;
    boolean globalsAfter = r.nextBoolean();
    if (!globalsAfter) {
      args.addAll(List.of("-c", target));
    }
    args.addAll(words);
    if (name.equals("wait")) {
      args.addAll(List.of("--timeout", "300ms")); // never the default minute
    }
    if (globalsAfter) {
      args.addAll(List.of("-c", target));
    }
    List<OptionSpec> options =
        cl.getCommandSpec().options().stream()
            .filter(o -> !(name.equals("wait") && o.longestName().equals("--timeout")))
            .filter(o -> !o.longestName().equals("--config"))
            .filter(o -> !(name.equals("wait") && o.longestName().equals("--interval")))
            .toList();
    int n = r.nextInt(6);
    for (int k = 0; k < n; k++) {
      switch (r.nextInt(6)) {
        case 0, 1 -> {
          if (!options.isEmpty()) {
            OptionSpec o = options.get(r.nextInt(options.size()));
            String opt = o.names()[r.nextInt(o.names().length)];
            if (o.arity().max() > 0 && r.nextInt(5) > 0) {
              String v = value(r);
              if (r.nextBoolean() && opt.startsWith("--")) {
                args.add(opt + "=" + v);
              } else {
                args.add(opt);
                args.add(v);
              }
            } else {
              args.add(opt);
            }
          }
        }
        case 2 -> {
          // a stray -c for init would name the file it writes (e.g. ./--format in the checkout)
          String stray =
              List.of("--bogus", "--sumary", "-x", "--format", "--verbose", "-c").get(r.nextInt(6));
          args.add(name.equals("init") && stray.equals("-c") ? "--bogus" : stray);
        }
        case 3 -> args.add(words.isEmpty() ? "bogus" : words.get(0) + "x");
        default -> args.add(value(r));
      }
    }
    return args;
  }

  private static String value(SplittableRandom r) {
    return values.get(r.nextInt(values.size()));
  }
}
