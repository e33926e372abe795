/**
 * The real-world CI corpus: shapes of workflow and GitLab CI files from public repositories
 * (extracted by {@link dev.shipgate.ci.realworld.CorpusExtractor}, never their code), the manifest
 * with pinned commits, licences, today's findings, a person's verdicts and faults to inject, and
 * the checks that read them (on the shapes in {@code ./mvnw verify}, on the original files through
 * {@code bench/ci-lint-realworld.sh}).
 */
package dev.shipgate.ci.realworld;
