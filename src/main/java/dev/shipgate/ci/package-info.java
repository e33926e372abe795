/**
 * The CI lint ({@code shipgate lint ci}, capability C1): finds GitHub Actions workflows, composite
 * actions and GitLab CI files, reads them with line numbers, and reports steps and jobs whose
 * failures cannot fail the run. Offline and read-only: it never runs a workflow or fetches remote
 * includes, and it never modifies files.
 */
package dev.shipgate.ci;
