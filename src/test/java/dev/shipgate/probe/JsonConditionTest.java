package dev.shipgate.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonConditionTest {
  private static Object doc(String json) throws Exception {
    return JsonDocs.parse(json);
  }

  @Test
  void numbersCompareByValue() throws Exception {
    assertThat(JsonCondition.of("$.n", 1).check(doc("{\"n\": 1.0}"))).isNull();
    assertThat(JsonCondition.of("$.n", 2.5).check(doc("{\"n\": 2.50}"))).isNull();
    assertThat(JsonCondition.of("$.n", 2).check(doc("{\"n\": 3}")))
        .isEqualTo("$.n is 3, expected 2");
  }

  @Test
  void anExpectedStringFromAnEnvironmentVariableMatchesANumberOrBoolean() throws Exception {
    assertThat(JsonCondition.of("$.build", "42").check(doc("{\"build\": 42}"))).isNull();
    assertThat(JsonCondition.of("$.ok", "true").check(doc("{\"ok\": true}"))).isNull();
    assertThat(JsonCondition.of("$.ok", "yes").check(doc("{\"ok\": true}"))).isNotNull();
  }

  @Test
  void aStringIsNotABooleanTheOtherWayRound() throws Exception {
    assertThat(JsonCondition.of("$.ready", true).check(doc("{\"ready\": \"true\"}")))
        .isEqualTo("$.ready is \"true\", expected true");
  }

  @Test
  void aWildcardPathNeedsEveryValueToMatch() throws Exception {
    JsonCondition all = JsonCondition.of("$.services[*].healthy", true);
    assertThat(all.check(doc("{\"services\":[{\"healthy\":true},{\"healthy\":true}]}"))).isNull();
    assertThat(all.check(doc("{\"services\":[{\"healthy\":true},{\"healthy\":false}]}")))
        .isEqualTo("$.services[*].healthy has false, expected every value to be true");
    assertThat(all.check(doc("{\"services\":[]}"))).contains("selects nothing");
  }

  @Test
  void listsAndObjectsCompareDeeply() throws Exception {
    assertThat(JsonCondition.of("$.tags", List.of("a", "b")).check(doc("{\"tags\":[\"a\",\"b\"]}")))
        .isNull();
    assertThat(JsonCondition.of("$.db", Map.of("ok", true)).check(doc("{\"db\":{\"ok\":true}}")))
        .isNull();
    assertThat(
            JsonCondition.of("$.db", Map.of("ok", true))
                .check(doc("{\"db\":{\"ok\":true,\"x\":1}}")))
        .isNotNull();
  }

  @Test
  void nullIsAValueToo() throws Exception {
    assertThat(JsonCondition.of("$.error", null).check(doc("{\"error\": null}"))).isNull();
    assertThat(JsonCondition.of("$.error", null).check(doc("{\"error\": \"boom\"}")))
        .isEqualTo("$.error is \"boom\", expected null");
  }

  @Test
  void anInvalidPathIsRejectedWithAnExample() {
    assertThatThrownBy(() -> JsonCondition.of("$.[", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'$.[' is not a valid JSON path")
        .hasMessageContaining("$.status");
  }
}
