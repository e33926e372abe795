/**
 * Post-deploy verification (P6), a workflow: stages 1 processes/containers, 2 migrations/schema
 * (through the status workflow), 3 endpoints (the probe engine), 4 data floors, run at once, each a
 * {@link dev.shipgate.workflow.verify.StageResult}. Reads only; never restarts or changes anything.
 */
package dev.shipgate.workflow.verify;
