package dev.shipgate.ci.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.ci.model.FailureSwitch;
import dev.shipgate.ci.model.Loc;
import dev.shipgate.ci.model.Matrix;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SwitchValueTest {
  private static final Matrix MATRIX =
      new Matrix(
          Map.of(
              "os", List.of("ubuntu-latest", "windows-latest"), "experimental", List.of("false")),
          List.of(Map.of("os", "ubuntu-latest", "node", "23", "experimental", "true")),
          false);

  private static SwitchValue of(String value, Matrix m) {
    return SwitchValue.of(
        new FailureSwitch("continue-on-error", value, new Loc(Path.of("w"), 1)), m);
  }

  @Test
  void literalsAreAlwaysOrNever() {
    assertThat(of("true", Matrix.NONE).when()).isEqualTo(SwitchValue.When.ALWAYS);
    assertThat(of("false", Matrix.NONE).when()).isEqualTo(SwitchValue.When.NEVER);
    assertThat(of("${{ false }}", Matrix.NONE).when()).isEqualTo(SwitchValue.When.NEVER);
  }

  @Test
  void matrixKeyIsTrueOnlyForTheEntriesThatSetIt() {
    SwitchValue v = of("${{ matrix.experimental }}", MATRIX);
    assertThat(v.when()).isEqualTo(SwitchValue.When.SOME_MATRIX_ENTRIES);
    assertThat(v.detail()).contains("node: 23");
  }

  @Test
  void comparisonAgainstTheMatrixIsEvaluated() {
    assertThat(of("${{ matrix.os == 'windows-latest' }}", MATRIX).detail())
        .contains("os: windows-latest")
        .doesNotContain("ubuntu");
    assertThat(of("${{ matrix.os == 'macos-latest' }}", MATRIX).when())
        .isEqualTo(SwitchValue.When.NEVER);
    assertThat(of("${{ startsWith(matrix.os, 'windows') }}", MATRIX).when())
        .isEqualTo(SwitchValue.When.SOME_MATRIX_ENTRIES);
  }

  @Test
  void matrixWithOnlyFalseIsNever() {
    Matrix m = new Matrix(Map.of("experimental", List.of("false")), List.of(), false);
    assertThat(of("${{ matrix.experimental }}", m).when()).isEqualTo(SwitchValue.When.NEVER);
  }

  @Test
  void otherExpressionsCanBeTrue() {
    assertThat(of("${{ github.event_name == 'schedule' }}", Matrix.NONE).when())
        .isEqualTo(SwitchValue.When.SOMETIMES);
    assertThat(of("${{ matrix.experimental }}", new Matrix(Map.of(), List.of(), true)).when())
        .isEqualTo(SwitchValue.When.SOME_MATRIX_ENTRIES);
  }
}
