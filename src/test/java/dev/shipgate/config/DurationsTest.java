package dev.shipgate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void parsesEveryUnitAndCompounds() {
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("5s")).isEqualTo(Duration.ofSeconds(5));
    assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse(" 10s ")).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void rejectsNumbersWithoutUnitAndGarbage() {
    assertThatThrownBy(() -> Durations.parse("5")).hasMessageContaining("has no unit");
    assertThatThrownBy(() -> Durations.parse("5 sec")).hasMessageContaining("not valid");
    assertThatThrownBy(() -> Durations.parse("")).hasMessageContaining("empty");
  }

  @Test
  void formatsTheWayUsersWriteThem() {
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(Durations.format(Duration.ofSeconds(5))).isEqualTo("5s");
    assertThat(Durations.format(Duration.ofMinutes(2))).isEqualTo("2m");
  }
}
