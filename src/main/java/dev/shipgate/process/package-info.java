/**
 * Running other programs: a shell command with a timeout and streamed output ({@link
 * dev.shipgate.process.ShellCommand}). Infrastructure like {@code db}: it knows no feature and
 * decides nothing about what a command's exit means.
 */
package dev.shipgate.process;
