package dev.shipgate.status;

/**
 * One explanation behind a status verdict, as data: what kind of thing was found, about which
 * migration, and (for some kinds) a second value. {@link #describe()} is the line people read.
 *
 * @param subject the migration, version, revision, table or check the note is about
 * @param other the second value some kinds carry (the applied head, the recorded checksum), or null
 */
public record StatusNote(Kind kind, String subject, String other) {
  /** What the note says. */
  public enum Kind {
    /** The history table does not exist: nothing has been applied. */
    NO_HISTORY_TABLE,
    /** An applied migration's content changed since (the SQL differs). */
    CHANGED,
    /** An applied migration changed only in whitespace or line endings. */
    CHANGED_WHITESPACE_ONLY,
    /** Flyway's checksum of an applied migration differs; {@code other}: "recorded now". */
    CHECKSUM_CHANGED,
    /** Applied, but its file or folder is gone from the directory. */
    APPLIED_BUT_MISSING,
    /** Applied, but newer than the directory's head (a newer release ran). */
    APPLIED_BUT_NEWER,
    /** Pending, but older than the applied head {@code other}. */
    PENDING_OUT_OF_ORDER,
    /** Started outside a transaction and never finished. */
    NOT_FINISHED,
    /** Prisma: started, never finished, not rolled back (P3009). */
    PRISMA_FAILED,
    /** The database is at a revision no file defines. */
    UNKNOWN_REVISION,
    /** A schema expectation failed; {@code other}: what is wrong. */
    CHECK_FAILED
  }

  public static StatusNote of(Kind kind, String subject) {
    return new StatusNote(kind, subject, null);
  }

  public String describe() {
    return switch (kind) {
      case NO_HISTORY_TABLE -> "no " + subject + " table: nothing has been applied";
      case CHANGED -> subject + " changed after it was applied (its SQL differs)";
      case CHANGED_WHITESPACE_ONLY ->
          subject + " changed after it was applied (only whitespace or line endings)";
      case CHECKSUM_CHANGED ->
          subject + " changed after Flyway applied it (checksum " + other + ")";
      case APPLIED_BUT_MISSING -> subject + " is applied but its file is missing here";
      case APPLIED_BUT_NEWER ->
          subject + " is applied but newer than this directory (a newer release ran)";
      case PENDING_OUT_OF_ORDER -> subject + " is pending but older than the applied " + other;
      case NOT_FINISHED ->
          subject + " did not finish (it ran outside a transaction): check the database";
      case PRISMA_FAILED ->
          subject
              + " failed (started, never finished, not rolled back): see its logs column, then"
              + " prisma migrate resolve";
      case UNKNOWN_REVISION ->
          "the database is at revision "
              + subject
              + ", which no file in the revision graph defines (removed or renamed?)";
      case CHECK_FAILED -> "check " + subject + ": " + other;
    };
  }
}
