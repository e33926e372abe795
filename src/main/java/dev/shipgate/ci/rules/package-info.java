/**
 * The CI lint rules ({@code continue-on-error}, {@code ignored-failure}, {@code
 * unsorted-migration-loop}), per-step {@code # shipgate: allow} comments, and the merge of findings
 * shared by several jobs. Rules read the CI model and the classifiers; they never parse YAML or
 * touch files (the folders a migration loop reads come through {@link
 * dev.shipgate.ci.rules.RepoFiles}, which the lint service answers).
 */
package dev.shipgate.ci.rules;
