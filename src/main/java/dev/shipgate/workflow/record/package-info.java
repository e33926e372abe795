/**
 * {@code --record}: a judging verb's result (check, verify, sentry) as one outcome per target for
 * {@link dev.shipgate.incidents.IncidentRecorder}. The only place where those verbs meet the
 * incidents feature. It maps results; it does not judge, write or print.
 */
package dev.shipgate.workflow.record;
