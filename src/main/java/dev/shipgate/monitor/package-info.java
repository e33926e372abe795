/**
 * The monitor's judgement, without I/O: each target's state with hysteresis ({@link
 * dev.shipgate.monitor.Hysteresis}: UP, DEGRADED, DOWN from failures and passes in a row, a startup
 * grace, optional targets capped at DEGRADED), dependencies between targets ({@link
 * dev.shipgate.monitor.Dependencies}: a target whose dependency is DOWN is SUPPRESSED, so one root
 * cause makes one incident), the {@link dev.shipgate.monitor.Schedule} of which target is due when
 * (per-target intervals on an injected clock), and {@link dev.shipgate.monitor.MonitorState} that
 * turns one round of {@link dev.shipgate.monitor.Observation}s into a {@link
 * dev.shipgate.monitor.RoundResult}. It does not probe, record incidents, recover or print: {@code
 * workflow.monitor} does that around it.
 */
package dev.shipgate.monitor;
