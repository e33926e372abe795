/**
 * shipgate: {@link dev.shipgate.Main} hands the arguments to {@code cli.Cli} and nothing else. See
 * docs/architecture.md for the package map and the layering rule.
 */
package dev.shipgate;
