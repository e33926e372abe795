/**
 * {@code shipgate check}: turns the config's `checks:`, `externals:` and `agents:` into probes,
 * runs them in one bounded run, and judges the run healthy, degraded or unhealthy ({@link
 * dev.shipgate.probe.check.CheckReport}), with text and JSON renderings. Owns no HTTP code: the
 * engine in {@code dev.shipgate.probe} does the requests.
 */
package dev.shipgate.probe.check;
