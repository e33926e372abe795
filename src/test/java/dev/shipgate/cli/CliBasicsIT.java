package dev.shipgate.cli;

import static dev.shipgate.testing.CliRun.shipgate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.core.ShipgateVersion;
import dev.shipgate.testing.CliResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliBasicsIT {
  @TestFactory
  Stream<DynamicTest> everyCommandHasHelp() {
    List<List<String>> paths = new ArrayList<>();
    collect(Cli.commandTree(), new ArrayList<>(), paths);
    assertThat(paths)
        .extracting(p -> String.join(" ", p))
        .contains("lint", "lint migrations", "hook install", "hook uninstall");
    return paths.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    "shipgate " + String.join(" ", p) + " --help",
                    () -> {
                      List<String> args = new ArrayList<>(p);
                      args.add("--help");
                      shipgate(args.toArray(String[]::new)).exits(0).outContains("Usage: shipgate");
                    }));
  }

  private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      List<String> p = new ArrayList<>(prefix);
      p.add(e.getKey());
      out.add(p);
      collect(e.getValue(), p, out);
    }
  }

  @Test
  void versionPrintsTheBuildVersion() {
    shipgate("--version").exits(0).outContains("shipgate " + ShipgateVersion.get(), "Java ");
  }

  @Test
  void completionScriptIsGenerated() {
    CliResult r = shipgate("generate-completion").exits(0);
    assertThat(r.out()).contains("complete -F").contains("lint").contains("hook");
  }

  @Test
  void noCommandPrintsUsageAndIsAUsageError() {
    shipgate().exits(64).errContains("Usage: shipgate");
  }

  @Test
  void unknownOptionIsOneLineUsageError() {
    shipgate("lint", "migrations", "--bogus")
        .exits(64)
        .errContains("Unknown option: '--bogus'")
        .oneLineError();
  }

  @Test
  void unknownCommandIsAUsageError() {
    shipgate("deploi").exits(64).errContains("Unmatched argument");
  }

  @Test
  void missingConfigFileIsInputMissing() {
    shipgate("-c", "no/such/shipgate.yaml", "lint")
        .exits(66)
        .oneLineError()
        .errContains("config file not found");
  }

  @Test
  void invalidConfigIsExit78WithFileLineAndKey(@TempDir Path dir) throws IOException {
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(cfg, "version: 1\nmigrations:\n  dirr: db\n");
    shipgate("-c", cfg.toString(), "lint")
        .exits(78)
        .oneLineError()
        .errContains(cfg + ":3: unknown key 'migrations.dirr'");
  }

  @Test
  void verboseShowsTheStackTraceOfAUserError() {
    CliResult r = shipgate("--verbose", "-c", "no/such.yaml", "lint").exits(66);
    assertThat(r.err()).contains("ShipgateException").contains("\tat ");
  }
}
