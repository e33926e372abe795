/**
 * The lint report's formats: text, JSON, SARIF 2.1.0 and GitHub workflow commands, all reading the
 * same {@code LintReport}. They compute no findings.
 */
package dev.shipgate.cli.render.lint;
