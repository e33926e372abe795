package dev.shipgate.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every lint rule, with its stable kebab-case id (a contract: PRODUCT.md §4), the severity its
 * findings have by default, and a one-line description used in SARIF and docs.
 */
public enum Rule {
  INVALID_NAME(
      "invalid-name",
      Severity.ERROR,
      "File name does not match the layout, so runners skip or misorder it"),
  DUPLICATE_VERSION(
      "duplicate-version",
      Severity.ERROR,
      "Two migrations share one version; the order they run in is undefined"),
  ROLLBACK_FILE(
      "rollback-file",
      Severity.ERROR,
      "A rollback/down/revert file sits among forward migrations and would be applied"),
  DESTRUCTIVE_FILE(
      "destructive-file",
      Severity.ERROR,
      "A migration drops a schema or database or resets everything"),
  VERSION_GAP(
      "version-gap", Severity.WARNING, "Version numbers skip values; a migration may be missing"),
  LEXICAL_ORDER_MISMATCH(
      "lexical-order-mismatch",
      Severity.ERROR,
      "A shell glob would apply the files in a different order than their versions"),
  MULTIPLE_HEADS(
      "multiple-heads",
      Severity.ERROR,
      "The migration graph (Alembic, a Django app) has more than one head"),
  BROKEN_CHAIN(
      "broken-chain",
      Severity.ERROR,
      "A migration depends on a revision or migration that does not exist"),
  DUPLICATE_REVISION(
      "duplicate-revision", Severity.ERROR, "Two Alembic files declare the same revision id"),
  REVISION_CYCLE(
      "revision-cycle", Severity.ERROR, "The migration graph (Alembic, Django) contains a cycle"),
  MISSING_MIGRATION_SQL(
      "missing-migration-sql",
      Severity.ERROR,
      "A migration folder has no SQL to run (Prisma migration.sql, diesel up.sql)"),
  CHECKSUM_MISMATCH(
      "checksum-mismatch",
      Severity.ERROR,
      "A migration was edited, removed or inserted after shipgate.sum recorded it"),
  SUM_MISSING("sum-missing", Severity.ERROR, "The migration directory has no shipgate.sum ledger"),
  UNREADABLE_FILE(
      "unreadable-file", Severity.ERROR, "A migration file cannot be read or is not text"),
  NO_MIGRATIONS(
      "no-migrations",
      Severity.WARNING,
      "A directory holds no migration its layout recognises, so nothing in it was checked"),
  CONTINUE_ON_ERROR(
      "continue-on-error",
      Severity.ERROR,
      "A CI step or job that runs tests, migrations, builds, type checks or deploys may fail"
          + " without failing the run (continue-on-error, allow_failure)"),
  IGNORED_FAILURE(
      "ignored-failure",
      Severity.ERROR,
      "A CI script discards the failure of a critical command (|| true, || exit 0, || echo,"
          + " set +e, a pipe without pipefail)"),
  UNSORTED_MIGRATION_LOOP(
      "unsorted-migration-loop",
      Severity.ERROR,
      "A CI loop applies *.sql files in glob order, or applies rollback files too"),
  INVALID_CI_FILE(
      "invalid-ci-file",
      Severity.ERROR,
      "A CI file cannot be read or is not valid YAML, so it was not checked");

  private final String id;
  private final Severity defaultSeverity;
  private final String description;

  Rule(String id, Severity defaultSeverity, String description) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public String description() {
    return description;
  }

  public static Optional<Rule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
