/**
 * {@code shipgate monitor} as a workflow: {@link dev.shipgate.workflow.monitor.MonitorTargets}
 * turns the config into targets (database, checks, externals, agents, services' ready checks,
 * tunnel layers; overrides from {@code monitor.targets}), {@link
 * dev.shipgate.workflow.monitor.MonitorLoop} checks them on a schedule with the probe engine,
 * judges them with the monitor feature, records incidents (outbox notifications), recovers DOWN
 * targets with the recovery engine and performs safe shutdown; {@link
 * dev.shipgate.workflow.monitor.Recovery} builds the recovery engine from the config (also for
 * {@code serve}). It returns a {@link dev.shipgate.workflow.monitor.MonitorReport} and emits {@link
 * dev.shipgate.workflow.monitor.MonitorEvents}; it does not print or choose exit codes.
 */
package dev.shipgate.workflow.monitor;
