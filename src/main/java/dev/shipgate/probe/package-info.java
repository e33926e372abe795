/**
 * The HTTP probe engine (P1, P2): runs {@link dev.shipgate.probe.HttpProbe}s concurrently, all
 * requests in flight at once on a small pool of platform threads, each bounded by its own deadline,
 * with retries, conditions ({@link dev.shipgate.probe.Expectation}) and one {@link
 * dev.shipgate.probe.FailureReason} per failure. It knows nothing about the config file or the CLI:
 * callers (check, wait, verify, deploy, monitor) build probes and read {@link
 * dev.shipgate.probe.ProbeResult}s. Secret values never leave it unmasked: every result is redacted
 * before it is returned.
 */
package dev.shipgate.probe;
