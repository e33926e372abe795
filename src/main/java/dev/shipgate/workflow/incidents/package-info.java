/**
 * Incidents for the commands: {@link dev.shipgate.workflow.incidents.Incidents} opens the store
 * (schema applied by {@link dev.shipgate.workflow.incidents.StoreMigration}, the builtin runner)
 * with its notifier; {@link dev.shipgate.workflow.incidents.RunOutcomes} turns a check, verify or
 * sentry result into one outcome per target for {@code --record}. The only place where the
 * incidents feature meets the others (migrate, probe, verify, sentry). It does not judge or print.
 */
package dev.shipgate.workflow.incidents;
