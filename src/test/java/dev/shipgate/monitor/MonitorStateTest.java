package dev.shipgate.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorStateTest {
  private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

  private static TargetPolicy target(String name, boolean optional, String... deps) {
    return new TargetPolicy(name, "check", Duration.ofSeconds(30), 3, 2, optional, List.of(deps));
  }

  private static Observation obs(String target, boolean ok) {
    return ok ? Observation.pass(target, 1) : Observation.fail(target, "HTTP_5XX", "HTTP 503");
  }

  private static List<TargetState> run(MonitorState m, String target, boolean... results) {
    List<TargetState> states = new ArrayList<>();
    Instant at = T0;
    for (boolean ok : results) {
      states.add(m.apply(List.of(obs(target, ok)), at).target(target).state());
      at = at.plusSeconds(30);
    }
    return states;
  }

  @Test
  void aFlappingTargetNeverGoesDown() {
    MonitorState m = new MonitorState(List.of(target("api", false)), T0, Duration.ZERO);
    assertThat(run(m, "api", true, false, true, false, true, false, false, true, false))
        .doesNotContain(TargetState.DOWN)
        .contains(TargetState.DEGRADED);
  }

  @Test
  void threeFailuresInARowAreDownAndTwoPassesBringItBack() {
    MonitorState m = new MonitorState(List.of(target("api", false)), T0, Duration.ZERO);
    assertThat(run(m, "api", false, false, false, true, true))
        .containsExactly(
            TargetState.DEGRADED,
            TargetState.DEGRADED,
            TargetState.DOWN,
            TargetState.DOWN,
            TargetState.UP);
  }

  @Test
  void anOptionalTargetNeverGoesBeyondDegraded() {
    MonitorState m = new MonitorState(List.of(target("cf", true)), T0, Duration.ZERO);
    assertThat(run(m, "cf", false, false, false, false, false)).containsOnly(TargetState.DEGRADED);
  }

  @Test
  void failuresInTheStartupGraceAreDegradedOnly() {
    MonitorState m = new MonitorState(List.of(target("api", false)), T0, Duration.ofSeconds(70));
    // rounds at 0s, 30s, 60s are in the grace; the one at 90s is not
    assertThat(run(m, "api", false, false, false, false))
        .containsExactly(
            TargetState.DEGRADED, TargetState.DEGRADED, TargetState.DEGRADED, TargetState.DOWN);
  }

  @Test
  void dependentsOfADownTargetAreSuppressedWithTheRootCause() {
    MonitorState m =
        new MonitorState(
            List.of(
                target("database", false),
                target("backend", false, "database"),
                target("tunnel.public", false, "backend")),
            T0,
            Duration.ZERO);
    RoundResult r = null;
    for (int i = 0; i < 3; i++) {
      r =
          m.apply(
              List.of(obs("database", false), obs("backend", false), obs("tunnel.public", false)),
              T0.plusSeconds(30L * i));
    }
    assertThat(r.target("database").state()).isEqualTo(TargetState.DOWN);
    assertThat(r.target("backend").state()).isEqualTo(TargetState.SUPPRESSED);
    assertThat(r.target("backend").rootCause()).isEqualTo("database");
    assertThat(r.target("tunnel.public").state()).isEqualTo(TargetState.SUPPRESSED);
    assertThat(r.target("tunnel.public").rootCause()).isEqualTo("database");
    assertThat(r.targets().stream().filter(t -> t.state() == TargetState.DOWN)).hasSize(1);
  }

  @Test
  void aDependentThatFailsOnItsOwnIsDown() {
    MonitorState m =
        new MonitorState(
            List.of(target("database", false), target("backend", false, "database")),
            T0,
            Duration.ZERO);
    RoundResult r = null;
    for (int i = 0; i < 3; i++) {
      r = m.apply(List.of(obs("database", true), obs("backend", false)), T0.plusSeconds(30L * i));
    }
    assertThat(r.target("backend").state()).isEqualTo(TargetState.DOWN);
  }

  @Test
  void unknownDependenciesAndCyclesAreRefused() {
    assertThatThrownBy(
            () -> new MonitorState(List.of(target("a", false, "nope")), T0, Duration.ZERO))
        .hasMessageContaining("'a' depends on 'nope'");
    assertThatThrownBy(
            () ->
                new MonitorState(
                    List.of(target("a", false, "b"), target("b", false, "a")), T0, Duration.ZERO))
        .hasMessageContaining("cycle: a -> b -> a");
  }

  @Test
  void eachTargetIsDueOncePerItsOwnInterval() {
    Schedule s =
        new Schedule(
            List.of(
                new TargetPolicy("fast", "check", Duration.ofSeconds(1), 3, 2, false, List.of()),
                new TargetPolicy("slow", "check", Duration.ofSeconds(3), 3, 2, false, List.of())),
            T0);
    List<String> due = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      due.add(i + ":" + String.join(",", s.takeDue(T0.plusSeconds(i))));
    }
    assertThat(due)
        .containsExactly("0:fast,slow", "1:fast", "2:fast", "3:fast,slow", "4:fast", "5:fast");
    assertThat(s.nextDue()).isEqualTo(T0.plusSeconds(6));
  }
}
