package dev.shipgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvExpanderTest {
  private final EnvExpander expander = EnvExpander.of(Map.of("SET", "value", "EMPTY", ""));

  @Test
  void expandsSetVariables() {
    assertThat(expander.expand("a-${SET}-b")).isEqualTo("a-value-b");
  }

  @Test
  void unsetVariableWithoutDefaultIsEmpty() {
    assertThat(expander.expand("[${UNSET}]")).isEqualTo("[]");
  }

  @Test
  void colonDashDefaultAppliesWhenUnsetOrEmpty() {
    assertThat(expander.expand("${UNSET:-d}")).isEqualTo("d");
    assertThat(expander.expand("${EMPTY:-d}")).isEqualTo("d");
    assertThat(expander.expand("${SET:-d}")).isEqualTo("value");
  }

  @Test
  void dashDefaultAppliesOnlyWhenUnset() {
    assertThat(expander.expand("${UNSET-d}")).isEqualTo("d");
    assertThat(expander.expand("${EMPTY-d}")).isEmpty();
  }

  @Test
  void doubleDollarIsALiteral() {
    assertThat(expander.expand("$${SET}")).isEqualTo("${SET}");
  }

  @Test
  void defaultsMayHoldColonsAndSlashes() {
    assertThat(expander.expand("${UNSET:-sqlite:.shipgate/db}")).isEqualTo("sqlite:.shipgate/db");
  }

  @Test
  void replacementTextIsNotInterpretedAsARegexGroup() {
    assertThat(EnvExpander.of(Map.of("P", "a$1\\b")).expand("${P}")).isEqualTo("a$1\\b");
  }
}
