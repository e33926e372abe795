package dev.shipgate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InterruptionTest {
  @AfterEach
  void forget() {
    Interruption.reset();
  }

  @Test
  void aSignalCancelsWhatIsRunningLatestFirstAndRemembersWhatWasDone() {
    List<String> order = new ArrayList<>();
    try (var outer = Interruption.during("running the outer thing", () -> order.add("outer"));
        var inner =
            Interruption.during(
                "applying db/002.sql",
                () -> {
                  order.add("inner");
                  Interruption.note("cancelled its statement on the server");
                })) {
      assertThat(Interruption.interrupt(Interruption.Signal.TERM)).isTrue();
    }
    assertThat(order).containsExactly("inner", "outer");
    assertThat(Interruption.received()).contains(Interruption.Signal.TERM);
    assertThat(Interruption.running())
        .containsExactly("applying db/002.sql", "running the outer thing");
    assertThat(Interruption.done()).containsExactly("cancelled its statement on the server");
  }

  @Test
  void whatIsStartedAfterTheSignalIsCancelledAtOnceAndNothingRunningSaysSo() {
    assertThat(Interruption.interrupt(Interruption.Signal.INT)).isFalse();
    List<String> cancelled = new ArrayList<>();
    try (var late = Interruption.during("a late statement", () -> cancelled.add("late"))) {
      assertThat(cancelled).containsExactly("late");
    }
  }

  @Test
  void notesWithoutASignalAreNotKept() {
    Interruption.note("released the migration lock");
    assertThat(Interruption.done()).isEmpty();
    try (var closed = Interruption.during("done by itself", () -> {})) {
      // ends before any signal
    }
    assertThat(Interruption.interrupt(Interruption.Signal.TERM)).isFalse();
  }
}
