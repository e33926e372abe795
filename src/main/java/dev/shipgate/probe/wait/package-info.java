/**
 * {@code shipgate wait} (P5): polls http(s) URLs, tcp://host:port and files until all are ready or
 * a strict timeout passes, telling why it is still waiting. Replaces sleeps and curl loops. HTTP
 * goes through the probe engine; this package owns targets, polling and progress, not requests.
 */
package dev.shipgate.probe.wait;
