/**
 * GitLab CI: reads {@code .gitlab-ci.yml} and its local includes into the CI model, resolving
 * {@code extends}, {@code default}, {@code !reference} and anchors. Reading only; remote, project
 * and template includes are not fetched.
 */
package dev.shipgate.ci.gitlab;
