package dev.shipgate.db;

import dev.shipgate.core.Events;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between the databases shipgate supports. One implementation per database,
 * each in its own package; {@link Databases#forUrl} picks it from the URL.
 */
public interface Database {
  /** {@code postgresql}, {@code sqlite}. */
  String id();

  /** Whether {@code url} is written in one of this database's URL forms. */
  boolean accepts(String url);

  /**
   * Parses a URL {@link #accepts} took; a relative file path resolves against {@code baseDir}.
   *
   * @throws IllegalArgumentException when the URL is malformed (the message shows it redacted)
   */
  DatabaseUrl parseUrl(String url, Path baseDir);

  /** The accepted URL forms, for a message: {@code sqlite:path or jdbc:sqlite:path}. */
  String urlForms();

  /**
   * Whether a quoted identifier must match exactly ({@code chatEnabled} is not {@code
   * chatenabled}): true in PostgreSQL, false in SQLite.
   */
  boolean caseSensitiveIdentifiers();

  /**
   * What to check when connecting failed: {@code retried} says the failure was transient and every
   * attempt was used.
   */
  default String connectFailureHint(boolean retried) {
    return retried
        ? "check that the database is running and reachable, or raise database.connect.attempts"
        : "check the user, password and database name in the URL";
  }

  /** How to end a session that holds the migration lock and is stuck, or empty. */
  default Optional<String> stuckLockHint() {
    return Optional.empty();
  }

  /** Opens one connection (one attempt; {@link Connector} retries). */
  Connection open(DatabaseUrl url, OpenOptions options) throws SQLException;

  ServerInfo describe(Connection c) throws SQLException;

  /**
   * True when a failed connection attempt may succeed if retried (refused, timed out, the server is
   * starting); false for wrong passwords, unknown databases and the like.
   */
  boolean isTransient(SQLException e);

  /**
   * Takes the migration lock, reporting who holds it ({@link DbEvents.LockWaiting}) while it waits.
   *
   * @throws LockTimeoutException when it is still held after {@code timeout}
   */
  MigrationLock lock(Connection c, Duration timeout, Events events)
      throws SQLException, LockTimeoutException;

  SqlSplitter.Rules splitRules();

  /** Why this statement cannot run inside a transaction on this server, or empty when it can. */
  Optional<String> outsideTransactionReason(SqlStatement statement, ServerInfo server);

  Catalog catalog(Connection c);

  /** Column type and default for "when it happened" columns (e.g. {@code TIMESTAMPTZ}). */
  String timestampColumn();

  /** An auto-numbered integer primary key column definition named {@code name}. */
  String identityColumn(String name);

  /** Whether {@code ALTER TABLE ... ADD COLUMN IF NOT EXISTS} exists. */
  boolean supportsAddColumnIfNotExists();

  /**
   * {@code CREATE INDEX} for a hot-patch on a live database: never a long write lock where the
   * database can avoid it, and idempotent.
   *
   * @param name the index name, already quoted
   * @param table the table, already quoted
   * @param columns the key columns, already quoted
   */
  default String createIndexOnline(String name, String table, List<String> columns) {
    return "CREATE INDEX "
        + onlineIndexOption()
        + "IF NOT EXISTS "
        + name
        + " ON "
        + table
        + " ("
        + String.join(", ", columns)
        + ");";
  }

  /** What makes an index build leave the table writable ({@code CONCURRENTLY }), or "". */
  default String onlineIndexOption() {
    return "";
  }

  /**
   * SQL that removes an index the database marked unusable (what an interrupted online build
   * leaves), or empty where that cannot happen.
   */
  default Optional<String> dropInvalidIndex(String qualifiedName) {
    return Optional.empty();
  }

  /** Caveats about running a hot-patch script made of {@code statements}. */
  default List<String> hotpatchNotes(List<String> statements) {
    return List.of();
  }

  /** Starts a transaction that holds the write lock it needs. */
  default void begin(Connection c) throws SQLException {
    c.setAutoCommit(false);
  }

  default void commit(Connection c) throws SQLException {
    c.commit();
    c.setAutoCommit(true);
  }

  /** Rolls back; a connection that is already broken is left as it is. */
  default void rollback(Connection c) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      // the transaction is gone with the connection
    }
  }

  /** The 1-based line in the file where {@code e} happened, as precisely as the server says. */
  default int errorLine(SQLException e, SqlStatement statement) {
    return statement.line();
  }

  /** Quotes an identifier so its case and characters are kept. */
  default String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Quotes a possibly schema-qualified name ({@code public.conversions}). */
  default String quoteQualified(String name) {
    String[] parts = Identifiers.qualified(name);
    return parts[0] == null ? quote(parts[1]) : quote(parts[0]) + "." + quote(parts[1]);
  }
}
