/**
 * Post-deploy verification (P6): stages 1 processes/containers, 2 migrations/schema, 3 endpoints, 4
 * data floors, each a {@link dev.shipgate.verify.StageResult}. Reads only; never restarts or
 * changes anything.
 */
package dev.shipgate.workflow.verify;
