package dev.shipgate.ci.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.ci.model.ScriptText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.ScalarNode;

class ScalarTextTest {
  private static ScriptText run(String yaml) throws YamlProblem {
    YamlFile f = YamlFile.parse(Path.of("w.yml"), yaml);
    return ScalarText.of((ScalarNode) Nodes.get(f.root(), "run"), f);
  }

  private static int lineOf(ScriptText t, String needle) {
    return t.locAt(t.text().indexOf(needle)).line();
  }

  @Test
  void literalBlockLinesMapOneToOne() throws YamlProblem {
    ScriptText t = run("x: 1\nrun: |\n  npm ci\n\n  npm test || true\n");
    assertThat(lineOf(t, "npm ci")).isEqualTo(3);
    assertThat(lineOf(t, "npm test")).isEqualTo(5);
  }

  @Test
  void foldedBlockWordsAreFoundOnTheirLines() throws YamlProblem {
    ScriptText t = run("run: >\n  npm ci &&\n  npm test || true\n");
    assertThat(t.text()).isEqualTo("npm ci && npm test || true\n");
    assertThat(lineOf(t, "npm ci")).isEqualTo(2);
    assertThat(lineOf(t, "|| true")).isEqualTo(3);
  }

  @Test
  void plainScalarIsOnItsLine() throws YamlProblem {
    ScriptText t = run("a: b\n\nrun: npm test || true\n");
    assertThat(lineOf(t, "true")).isEqualTo(3);
  }

  @Test
  void quotedScalarWithEscapesStaysOnItsLine() throws YamlProblem {
    ScriptText t = run("run: \"npm ci\\nnpm test || true\"\n");
    assertThat(lineOf(t, "npm test")).isEqualTo(1);
  }

  @Test
  void joinedPartsKeepTheirOwnLines() throws YamlProblem {
    YamlFile f =
        YamlFile.parse(
            Path.of(".gitlab-ci.yml"), "job:\n  script:\n    - npm ci\n    - |\n      npm test\n");
    var items = Nodes.items(Nodes.get(Nodes.get(f.root(), "job"), "script"));
    ScriptText joined =
        ScriptText.join(items.stream().map(n -> ScalarText.of((ScalarNode) n, f)).toList());
    assertThat(lineOf(joined, "npm ci")).isEqualTo(3);
    assertThat(lineOf(joined, "npm test")).isEqualTo(5);
  }
}
