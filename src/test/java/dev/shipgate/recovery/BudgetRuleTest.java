package dev.shipgate.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.RecoveryBudgetConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BudgetRuleTest {
  private static final RecoveryBudgetConfig BUDGET = RecoveryBudgetConfig.defaults();
  private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

  @Test
  void aTargetNeverAttemptedMayRunAtOnce() {
    assertThat(BudgetRule.decide(new BudgetState(0, null, 0, null, null), BUDGET, T0).allowed())
        .isTrue();
  }

  @Test
  void theMinimumIntervalDoublesAfterEachFailureInARowUpToTheWindow() {
    assertThat(BudgetRule.gap(BUDGET, 0)).isEqualTo(Duration.ofMinutes(10));
    assertThat(BudgetRule.gap(BUDGET, 1)).isEqualTo(Duration.ofMinutes(10));
    assertThat(BudgetRule.gap(BUDGET, 2)).isEqualTo(Duration.ofMinutes(20));
    assertThat(BudgetRule.gap(BUDGET, 3)).isEqualTo(Duration.ofMinutes(40));
    assertThat(BudgetRule.gap(BUDGET, 4)).isEqualTo(Duration.ofHours(1));
    assertThat(BudgetRule.gap(BUDGET, 30)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void tooSoonAfterTheLastAttemptIsRateLimitedWithTheTimeItMayRunAgain() {
    var d =
        BudgetRule.decide(
            new BudgetState(1, T0, 2, null, null), BUDGET, T0.plus(Duration.ofMinutes(19)));
    assertThat(d.status()).isEqualTo(RecoveryStatus.RATE_LIMITED);
    assertThat(d.nextAllowedAt()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
    assertThat(
            BudgetRule.decide(
                    new BudgetState(1, T0, 2, null, null), BUDGET, T0.plus(Duration.ofMinutes(20)))
                .allowed())
        .isTrue();
  }

  @Test
  void maxAttemptsInTheWindowSpendTheBudgetAndTheNextRequestEscalates() {
    var d =
        BudgetRule.decide(
            new BudgetState(3, T0, 3, null, null), BUDGET, T0.plus(Duration.ofHours(2)));
    assertThat(d.status()).isEqualTo(RecoveryStatus.ESCALATED);
  }

  @Test
  void anEscalatedTargetIsExhaustedUntilReset() {
    var d = BudgetRule.decide(new BudgetState(0, null, 0, null, T0), BUDGET, T0.plusSeconds(9999));
    assertThat(d.status()).isEqualTo(RecoveryStatus.EXHAUSTED);
  }

  @Test
  void aRetryAfterIsHonouredBeforeAnythingElse() {
    var d =
        BudgetRule.decide(
            new BudgetState(0, null, 0, T0.plusSeconds(120), null), BUDGET, T0.plusSeconds(60));
    assertThat(d.status()).isEqualTo(RecoveryStatus.RATE_LIMITED);
    assertThat(d.nextAllowedAt()).isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void retryAfterReadsSecondsAndHttpDatesAndFallsBackToAMinute() {
    assertThat(ActionRunner.retryAfter("120", T0)).isEqualTo(Duration.ofSeconds(120));
    assertThat(ActionRunner.retryAfter("Mon, 01 Jun 2026 08:05:00 GMT", T0))
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(ActionRunner.retryAfter("soon", T0)).isEqualTo(ActionRunner.DEFAULT_RETRY_AFTER);
    assertThat(ActionRunner.retryAfter(null, T0)).isEqualTo(ActionRunner.DEFAULT_RETRY_AFTER);
  }
}
