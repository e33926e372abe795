/**
 * The command line: one thin {@code XxxCommand} per command that parses flags, calls one service
 * and renders its result. {@link dev.shipgate.cli.Cli} owns the exit-code mapping. No business
 * logic here.
 */
package dev.shipgate.cli;
