/**
 * Decides what a command, action, step or job does (tests, migrations, builds, type checks,
 * deploys; or informational, cleanup, setup) from commands first, then known actions, then names.
 * Biased to precision: anything it cannot tell stays unknown and is never reported as critical.
 */
package dev.shipgate.ci.classify;
