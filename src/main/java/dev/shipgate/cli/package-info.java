/**
 * The command line and the output boundary. One thin {@code XxxCommand} per command parses flags,
 * calls one service or workflow and hands its result to a renderer ({@code cli.render}). {@link
 * dev.shipgate.cli.Output} redacts everything written to stdout and stderr; {@link
 * dev.shipgate.cli.ExitCode} is the one mapping from outcomes to exit codes; {@link
 * dev.shipgate.cli.Cli} turns errors into one line (or a JSON document). No business rules here.
 */
package dev.shipgate.cli;
