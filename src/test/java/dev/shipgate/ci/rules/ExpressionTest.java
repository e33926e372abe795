package dev.shipgate.ci.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.ci.rules.Expression.Truth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTest {
  private static Truth eval(String expr, Map<String, String> matrix) {
    return Expression.eval(expr, matrix);
  }

  @Test
  void missingMatrixKeyIsFalsyAndOrFalseKeepsItFalse() {
    assertThat(eval("matrix.allow-failure || false", Map.of())).isEqualTo(Truth.FALSE);
    assertThat(eval("matrix.allow-failure || false", Map.of("allow-failure", "true")))
        .isEqualTo(Truth.TRUE);
    assertThat(eval("matrix.xfail && true || false", Map.of("xfail", "true")))
        .isEqualTo(Truth.TRUE);
  }

  @Test
  void comparisonsAreCaseInsensitiveForStringsAndNumericForNumbers() {
    assertThat(eval("matrix.rust != 'stable'", Map.of("rust", "Stable"))).isEqualTo(Truth.FALSE);
    assertThat(eval("matrix.php == '8.6'", Map.of("php", "8.6"))).isEqualTo(Truth.TRUE);
    assertThat(eval("matrix.node >= 22", Map.of("node", "22"))).isEqualTo(Truth.TRUE);
  }

  @Test
  void functionsAndNegation() {
    assertThat(eval("endsWith(matrix.ruby, 'head')", Map.of("ruby", "ruby-head")))
        .isEqualTo(Truth.TRUE);
    assertThat(eval("!contains(matrix.os, 'windows')", Map.of("os", "windows-latest")))
        .isEqualTo(Truth.FALSE);
  }

  @Test
  void otherContextsAreUnknownUnlessTheOperatorsDecide() {
    assertThat(eval("github.event_name == 'schedule'", Map.of())).isEqualTo(Truth.UNKNOWN);
    assertThat(eval("false && inputs.xfail", Map.of())).isEqualTo(Truth.FALSE);
    assertThat(eval("inputs.xfail || true", Map.of())).isEqualTo(Truth.TRUE);
    assertThat(Expression.contexts("fromJSON(inputs.xfail) || matrix.x")).containsExactly("inputs");
  }

  @Test
  void malformedExpressionIsUnknown() {
    assertThat(eval("matrix.a == (", Map.of())).isEqualTo(Truth.UNKNOWN);
  }
}
