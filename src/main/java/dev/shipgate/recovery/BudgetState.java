package dev.shipgate.recovery;

import java.time.Instant;

/**
 * A target's budget as the store holds it.
 *
 * @param attemptsInWindow attempts (not deferred) started within the window
 * @param lastAttemptAt the latest counted attempt's start, or null
 * @param consecutiveFailures failed attempts in a row
 * @param notBefore a trigger's Retry-After, or null
 * @param escalatedAt when the budget was spent, or null
 */
record BudgetState(
    int attemptsInWindow,
    Instant lastAttemptAt,
    int consecutiveFailures,
    Instant notBefore,
    Instant escalatedAt) {}
