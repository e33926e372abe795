/**
 * What every layer shares: outcomes as data ({@code Outcome}, {@code Verdict}, {@code Failure},
 * {@code ErrorCode} with its {@code ErrorClass}), the user-facing {@code ShipgateException}, live
 * {@code Event}s, the one JSON writer, the build version and path display. No feature logic, no
 * exit-code numbers, no I/O beyond reading the version resource.
 */
package dev.shipgate.core;
