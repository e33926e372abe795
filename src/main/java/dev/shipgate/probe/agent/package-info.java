/**
 * Deep agent health (P4): an agent is healthy only when its {@code /health} answers, lists
 * registered tools and reports its backend connected; reachable but without tools or backend is
 * degraded. Builds probes for the engine; makes no requests itself.
 */
package dev.shipgate.probe.agent;
