package dev.shipgate.ci.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class YamlFileTest {
  @Test
  void badIndentationNamesItsLine() {
    assertThatThrownBy(
            () ->
                YamlFile.parse(
                    Path.of("w.yml"), "jobs:\n  t:\n    steps:\n      - run: x\n     bad: 1\n"))
        .isInstanceOf(YamlProblem.class)
        .satisfies(e -> assertThat(((YamlProblem) e).line()).isEqualTo(5));
  }

  @Test
  void unclosedQuotePointsAtWhereItOpens() {
    assertThatThrownBy(() -> YamlFile.parse(Path.of("w.yml"), "a: 1\nb: \"open\nc: 2\n"))
        .isInstanceOf(YamlProblem.class)
        .satisfies(e -> assertThat(((YamlProblem) e).line()).isEqualTo(2));
  }

  @Test
  void aliasBombIsRejectedNotExpanded() {
    StringBuilder sb = new StringBuilder("a: &a [x, x]\n");
    String prev = "a";
    for (int i = 0; i < 40; i++) {
      String name = "n" + i;
      sb.append(name).append(": &").append(name).append(" [");
      for (int k = 0; k < 10; k++) {
        sb.append(k == 0 ? "" : ",").append('*').append(prev);
      }
      sb.append("]\n");
      prev = name;
    }
    assertThatThrownBy(() -> YamlFile.parse(Path.of("w.yml"), sb.toString()))
        .isInstanceOf(YamlProblem.class);
  }

  @Test
  void emptyFileHasNoRoot() throws YamlProblem {
    assertThat(YamlFile.parse(Path.of("w.yml"), "# nothing\n").root()).isNull();
  }

  @Test
  void mergeKeysApplyWithExplicitKeysWinning() throws YamlProblem {
    YamlFile f = YamlFile.parse(Path.of("w.yml"), "base: &b {a: 1, b: 2}\nx:\n  <<: *b\n  b: 3\n");
    var x = Nodes.get(f.root(), "x");
    assertThat(Nodes.text(x, "a")).isEqualTo("1");
    assertThat(Nodes.text(x, "b")).isEqualTo("3");
  }
}
