/**
 * GitHub Actions: reads workflows and composite actions into the CI model, including how each
 * {@code run:} script's shell is started (errexit, pipefail) and each job's matrix. Reading only;
 * the rules live in {@code dev.shipgate.ci.rules}.
 */
package dev.shipgate.ci.github;
