/**
 * What every feature shares: the exit-code table, the user-facing exception that carries an exit
 * code, the build version and path display. No feature logic and no I/O beyond reading the version
 * resource.
 */
package dev.shipgate.core;
