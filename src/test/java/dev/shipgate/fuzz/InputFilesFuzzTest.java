package dev.shipgate.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI workflow files and migration trees as hostile inputs: the CI corpus's files mutated like the
 * configs, and the example migration trees with files renamed, emptied, made binary, deleted,
 * nested, looped by a symlink and salted with a canary, through {@code lint ci} and {@code lint
 * migrations} in every format. Seeded: {@code -Dshipgate.fuzz.seed=N}.
 */
class InputFilesFuzzTest {
  private static final List<String> FORMATS = List.of("text", "json", "sarif", "github");
  private static final List<String> LAYOUTS =
      List.of(
          "auto",
          "numbered",
          "updown",
          "flyway",
          "prisma",
          "alembic",
          "django",
          "rails",
          "dbmate",
          "goose",
          "diesel");
  private static final List<String> NAMES =
      List.of(
          "[.sql",
          "{a.sql",
          "日本語.sql",
          "a b.sql",
          ".hidden.sql",
          "noext",
          "001",
          "001_.sql",
          "V1__x.sql",
          "V1.1__x.sql",
          "999999999999999999999_big.sql",
          "0001_x.down.sql",
          "x".repeat(200) + ".sql",
          "-rf.sql",
          "002_rollback.sql",
          "20240101000000_x");

  @TempDir Path dir;

  @Test
  void mutatedCiFilesEndWithADocumentedExitCodeAndNoSecret() throws IOException {
    List<JsonNode> seeds = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src/test/resources/ci-corpus"))) {
      for (Path p : s.filter(InputFilesFuzzTest::isYaml).sorted().toList()) {
        try {
          JsonNode n = YamlMutator.parse(Files.readString(p));
          if (n != null && n.isObject()) {
            seeds.add(n);
          }
        } catch (RuntimeException | IOException e) {
          // a shape the tree reader does not take (several documents): not a seed
        }
      }
    }
    Path workflows = Files.createDirectories(dir.resolve("repo/.github/workflows"));
    Path gitlab = dir.resolve("repo/.gitlab-ci.yml");
    Map<String, String> env = FuzzRun.canaryEnv(Map.of());
    FuzzRun.loop(
        "InputFilesFuzzTest",
        FuzzRun.seed(8),
        FuzzRun.cases(500),
        (random, i) -> {
          String yaml = YamlMutator.mutate(seeds.get(random.nextInt(seeds.size())), random);
          if (random.nextInt(4) == 0) {
            yaml +=
                "\n# token ${{ secrets.X }} " + FuzzRun.CANARY + "\n  run: echo " + FuzzRun.CANARY;
          }
          Path file = random.nextBoolean() ? workflows.resolve("case.yml") : gitlab;
          write(file, yaml);
          String format = FORMATS.get(random.nextInt(FORMATS.size()));
          return new FuzzRun.Ran(
              file.getFileName() + ":\n" + yaml,
              List.of(
                  FuzzRun.run(env, List.of("lint", "ci", "--format", format, file.toString()))));
        });
  }

  @Test
  void mutatedMigrationTreesEndWithADocumentedExitCodeAndNoSecret() throws IOException {
    List<Path> trees = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      for (Path example : s.filter(Files::isDirectory).sorted().toList()) {
        for (String kind : List.of("broken", "fixed")) {
          if (Files.isDirectory(example.resolve(kind))) {
            trees.add(example.resolve(kind));
          }
        }
      }
    }
    Map<String, String> env = FuzzRun.canaryEnv(Map.of());
    FuzzRun.loop(
        "InputFilesFuzzTest",
        FuzzRun.seed(9),
        FuzzRun.cases(400),
        (random, i) -> {
          Path tree = dir.resolve("tree-" + i);
          copy(trees.get(random.nextInt(trees.size())), tree);
          String what = mutateTree(tree, random);
          List<String> args = new ArrayList<>(List.of("lint", "migrations"));
          if (random.nextBoolean()) {
            args.addAll(List.of("--layout", LAYOUTS.get(random.nextInt(LAYOUTS.size()))));
          }
          args.addAll(List.of("--format", FORMATS.get(random.nextInt(FORMATS.size()))));
          args.add(tree.toString());
          FuzzRun.Outcome o = FuzzRun.run(env, args);
          delete(tree);
          return new FuzzRun.Ran(String.join(" ", args) + "\n" + what, List.of(o));
        });
  }

  private static String mutateTree(Path tree, SplittableRandom r) {
    List<Path> files = files(tree);
    StringBuilder what = new StringBuilder();
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n && !files.isEmpty(); k++) {
      Path f = files.get(r.nextInt(files.size()));
      try {
        switch (r.nextInt(8)) {
          case 0 -> {
            Path to = f.resolveSibling(NAMES.get(r.nextInt(NAMES.size())));
            if (!Files.exists(to)) {
              Files.move(f, to);
              files.set(files.indexOf(f), to);
            }
            what.append("renamed ")
                .append(tree.relativize(f))
                .append(" to ")
                .append(to.getFileName());
          }
          case 1 -> {
            Files.write(f, new byte[0]);
            what.append("emptied ").append(tree.relativize(f));
          }
          case 2 -> {
            byte[] b = new byte[1 + r.nextInt(4096)];
            for (int j = 0; j < b.length; j++) {
              b[j] = (byte) r.nextInt(256);
            }
            Files.write(f, b);
            what.append("binary ").append(tree.relativize(f));
          }
          case 3 -> {
            Files.delete(f);
            files.remove(f);
            what.append("deleted ").append(tree.relativize(f));
          }
          case 4 -> {
            Path nested = Files.createDirectories(f.resolveSibling("nested/deeper"));
            Files.writeString(nested.resolve("001_x.sql"), "DROP DATABASE x;\n");
            what.append("nested dir next to ").append(tree.relativize(f));
          }
          case 5 -> {
            Path link = f.resolveSibling("loop");
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
              Files.createSymbolicLink(link, f.getParent());
            }
            what.append("symlink loop next to ").append(tree.relativize(f));
          }
          case 6 -> {
            Files.writeString(
                f,
                "-- password "
                    + FuzzRun.CANARY
                    + "\nALTER USER app PASSWORD '"
                    + FuzzRun.CANARY
                    + "';\nDROP TABLE users; -- "
                    + FuzzRun.CANARY
                    + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
            what.append("canary in ").append(tree.relativize(f));
          }
          default -> {
            Files.writeString(f, "\uFEFF\u0000\r\n;;;\n" + "é".repeat(r.nextInt(5000)));
            what.append("odd text in ").append(tree.relativize(f));
          }
        }
      } catch (IOException e) {
        what.append(" (").append(e.getClass().getSimpleName()).append(')');
      }
      what.append('\n');
    }
    return what.toString();
  }

  private static boolean isYaml(Path p) {
    String n = p.getFileName().toString();
    return Files.isRegularFile(p) && (n.endsWith(".yml") || n.endsWith(".yaml"));
  }

  private static List<Path> files(Path tree) {
    try (Stream<Path> s = Files.walk(tree)) {
      return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path tree) {
    try (Stream<Path> s = Files.walk(tree)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
