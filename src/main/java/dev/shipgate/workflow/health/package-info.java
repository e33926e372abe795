/**
 * What {@code shipgate serve} knows about its dependencies: a {@link
 * dev.shipgate.workflow.health.HealthRefresher} runs every part (database, migration status, the
 * probe engine's checks/externals/agents, the tunnel layers, open incidents, the last deploy
 * reports) in the background, all in parallel, each bounded by its own timeout, and keeps the
 * latest {@link dev.shipgate.workflow.health.Sample} of each with its {@code checkedAt}. Requests
 * read the cached {@link dev.shipgate.workflow.health.HealthSnapshot}; {@link
 * dev.shipgate.workflow.health.HealthStatus} judges it. Nothing here waits on a dependency for a
 * caller, renders text or knows HTTP.
 */
package dev.shipgate.workflow.health;
