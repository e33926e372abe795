package dev.shipgate.ci;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.shipgate.lint.RulePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged CI files never crash the lint: every corpus file, mutated many times (lines dropped,
 * duplicated or re-indented, characters deleted or inserted), lints to findings or to an {@code
 * invalid-ci-file} finding. Seeded, so a failure reproduces.
 */
class CiLintFuzzTest {
  private static final String NOISE = ":-|&>{}[]*'\"\t#!\n ";

  @TempDir Path tmp;

  @Test
  void mutatedCorpusFilesNeverCrashTheLint() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Corpus.ROOT)) {
      files = s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
    }
    Random random = new Random(20260501L);
    for (Path source : files) {
      String text = Files.readString(source);
      for (int round = 0; round < 40; round++) {
        String mutated = mutate(text, random);
        Path dir = Files.createDirectories(tmp.resolve("r" + round + "/.github/workflows"));
        Path target = dir.resolve(source.getFileName().toString().replace(".gitlab-ci", "gl"));
        Files.writeString(target, mutated);
        Files.writeString(dir.getParent().getParent().resolve(".gitlab-ci.yml"), mutated);
        assertThatCode(
                () -> CiLint.run(List.of(dir.getParent().getParent()), RulePolicy.defaults()))
            .as("%s round %d", source, round)
            .doesNotThrowAnyException();
      }
    }
  }

  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = random.nextInt(lines.size());
      switch (random.nextInt(5)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, lines.get(i));
        case 2 -> lines.set(i, " ".repeat(random.nextInt(7)) + lines.get(i).stripLeading());
        case 3 -> {
          String l = lines.get(i);
          if (!l.isEmpty()) {
            int at = random.nextInt(l.length());
            lines.set(i, l.substring(0, at) + l.substring(at + 1));
          }
        }
        default -> {
          String l = lines.get(i);
          int at = l.isEmpty() ? 0 : random.nextInt(l.length());
          lines.set(
              i,
              l.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + l.substring(at));
        }
      }
    }
    return String.join("\n", lines);
  }
}
