package dev.shipgate.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything that differs between the databases shipgate supports. One implementation per database,
 * each in its own package; {@link Databases#forUrl} picks it from the URL.
 */
public interface Database {
  DatabaseUrl.Kind kind();

  /** Opens one connection (one attempt; {@link Connector} retries). */
  Connection open(DatabaseUrl url, OpenOptions options) throws SQLException;

  ServerInfo describe(Connection c) throws SQLException;

  /**
   * True when a failed connection attempt may succeed if retried (refused, timed out, the server is
   * starting); false for wrong passwords, unknown databases and the like.
   */
  boolean isTransient(SQLException e);

  /**
   * Takes the migration lock, reporting who holds it through {@code waiting} while it waits.
   *
   * @throws LockTimeoutException when it is still held after {@code timeout}
   */
  MigrationLock lock(Connection c, Duration timeout, Consumer<String> waiting)
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
