package dev.shipgate.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated {@code shipgate.yaml} files (the examples and the full reference config) through {@code
 * lint} and {@code sentry} in-process, against a real SQLite database, with canary secrets in the
 * environment (issue 14). Deterministic by seed: {@code -Dshipgate.fuzz.seed=N}.
 */
class ConfigFuzzTest {
  private static final long SEED = FuzzRun.seed(14);

  @TempDir static Path dir;
  private static final List<JsonNode> SEEDS = new ArrayList<>();

  @BeforeAll
  static void copyTheExamples() throws IOException {
    copyTree(Path.of("examples/shop/db"), dir.resolve("db"));
    for (Path example : examples()) {
      SEEDS.add(YamlMutator.parse(Files.readString(example)));
    }
    SEEDS.add(
        YamlMutator.parse(
            Files.readString(Path.of("src/test/resources/config/product-example.yaml"))));
  }

  static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("examples"))) {
      return s.filter(p -> p.getFileName().toString().equals("shipgate.yaml")).sorted().toList();
    }
  }

  @Test
  void mutatedConfigsEndWithADocumentedExitCodeOneLineAndNoSecret() {
    Map<String, String> env =
        FuzzRun.canaryEnv(Map.of("DATABASE_URL", "sqlite:" + dir.resolve("fuzz.db")));
    Path config = dir.resolve("case.yaml");
    FuzzRun.loop(
        "ConfigFuzzTest",
        SEED,
        FuzzRun.cases(1200),
        (random, i) -> {
          String yaml = YamlMutator.mutate(SEEDS.get(i % SEEDS.size()), random);
          write(config, yaml);
          String c = config.toString();
          FuzzRun.Outcome lint = FuzzRun.run(env, List.of("-c", c, "lint"));
          if (lint.code() == 78
              && java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(c) + ":\\d+: ")
                  .matcher(lint.err())
                  .find()) {
            // the config did not load: sentry reads it with the same loader, and stops there too
            return new FuzzRun.Ran(yaml, List.of(lint));
          }
          return new FuzzRun.Ran(yaml, List.of(lint, FuzzRun.run(env, List.of("-c", c, "sentry"))));
        });
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
