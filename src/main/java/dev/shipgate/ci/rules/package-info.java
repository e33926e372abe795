/**
 * The CI lint rules ({@code continue-on-error}, {@code ignored-failure}, {@code
 * unsorted-migration-loop}), per-step {@code # shipgate: allow} comments, and the merge of findings
 * shared by several jobs. Rules read the CI model and the classifiers; they never parse YAML or
 * touch files.
 */
package dev.shipgate.ci.rules;
