package dev.shipgate.ci.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixTest {
  private static Map<String, List<String>> values(
      String k1, List<String> v1, String k2, List<String> v2) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  @Test
  void includeExtendsMatchingCombinationsOrAddsItsOwnJob() {
    Matrix m =
        new Matrix(
            values("os", List.of("ubuntu", "windows"), "experimental", List.of("false")),
            List.of(
                Map.of("os", "ubuntu", "coverage", "true"),
                Map.of("os", "macos", "experimental", "true")),
            List.of(),
            false);
    assertThat(m.entries())
        .containsExactly(
            Map.of("os", "ubuntu", "experimental", "false", "coverage", "true"),
            Map.of("os", "windows", "experimental", "false"),
            Map.of("os", "macos", "experimental", "true"));
  }

  @Test
  void excludeRemovesCombinations() {
    Matrix m =
        new Matrix(
            values("os", List.of("ubuntu", "windows"), "py", List.of("3.12", "3.13")),
            List.of(),
            List.of(Map.of("os", "windows", "py", "3.12")),
            false);
    assertThat(m.entries()).hasSize(3).doesNotContain(Map.of("os", "windows", "py", "3.12"));
  }

  @Test
  void dynamicMatrixHasNoEntries() {
    assertThat(new Matrix(Map.of(), List.of(), List.of(), true).entries()).isEmpty();
  }
}
