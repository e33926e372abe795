/**
 * The pre-deploy sentry (M9): required environment, connect with retry, migrate (builtin or the
 * team's command), schema expectations, each step named, timed and reported as an event; the first
 * failure stops the run. It composes {@code migrate}, {@code status} and {@code schema}; it has no
 * database logic of its own.
 */
package dev.shipgate.workflow.sentry;
