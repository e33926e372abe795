/**
 * The pre-deploy sentry (M9): required environment, connect with retry, migrate (builtin or the
 * team's command), schema expectations, each step named and timed; the first failure stops the run
 * and says what to do next. It composes {@code migrate}, {@code status} and {@code schema}; it has
 * no database logic of its own.
 */
package dev.shipgate.sentry;
