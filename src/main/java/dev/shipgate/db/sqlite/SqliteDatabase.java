package dev.shipgate.db.sqlite;

import dev.shipgate.core.Events;
import dev.shipgate.db.Catalog;
import dev.shipgate.db.Database;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.MigrationLock;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.db.ServerInfo;
import dev.shipgate.db.SqlSplitter;
import dev.shipgate.db.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * SQLite (xerial). Writers serialise on the database file: every transaction starts with {@code
 * BEGIN IMMEDIATE} (it takes the write lock up front) and waits up to the busy timeout for it.
 */
public final class SqliteDatabase implements Database {
  public static final SqliteDatabase INSTANCE = new SqliteDatabase();

  private static final Pattern VACUUM = Pattern.compile("VACUUM\\b.*");
  private static final Pattern PRAGMA =
      Pattern.compile("PRAGMA (\\w+\\.)?(FOREIGN_KEYS|JOURNAL_MODE)\\b.*");

  private SqliteDatabase() {}

  /** Backtick and bracket identifiers; no dollar quotes, no nested comments. */
  public static final SqlSplitter.Rules SPLIT_RULES = new SqlSplitter.Rules(false, false, true);

  @Override
  public String id() {
    return "sqlite";
  }

  @Override
  public boolean accepts(String url) {
    return SqliteUrls.accepts(url);
  }

  @Override
  public DatabaseUrl parseUrl(String url, Path baseDir) {
    return SqliteUrls.parse(url, baseDir);
  }

  @Override
  public String urlForms() {
    return "sqlite:path or jdbc:sqlite:path";
  }

  @Override
  public boolean caseSensitiveIdentifiers() {
    return false;
  }

  @Override
  public String connectFailureHint(boolean retried) {
    return retried
        ? "another process holds the database file locked; retry, or raise database.connect.attempts"
        : "check the file path in the URL";
  }

  @Override
  public List<String> hotpatchNotes(List<String> statements) {
    return statements.stream().anyMatch(s -> s.contains(" ADD COLUMN "))
        ? List.of(
            "SQLite has no ADD COLUMN IF NOT EXISTS: apply this script once, or run shipgate"
                + " schema hotpatch again instead of replaying it")
        : List.of();
  }

  @Override
  public Connection open(DatabaseUrl url, OpenOptions options) throws SQLException {
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.lockTimeout().toMillis()));
    cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    if (url.file() != null) {
      if (options.create()) {
        try {
          Files.createDirectories(url.file().getParent());
        } catch (IOException e) {
          throw new SQLException(
              "cannot create the directory for " + url.file() + ": " + e.getMessage(), "58030");
        }
      } else if (!Files.exists(url.file())) {
        throw new SQLException(
            "the SQLite file " + url.file() + " does not exist (run shipgate migrate to create it)",
            "3D000");
      }
      if (!options.create()) {
        cfg.resetOpenMode(SQLiteOpenMode.CREATE);
      }
    }
    return new org.sqlite.JDBC().connect(url.jdbcUrl(), cfg.toProperties());
  }

  /** BEGIN IMMEDIATE takes the write lock now (waiting up to the busy timeout), not mid-file. */
  @Override
  public void begin(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
    }
  }

  @Override
  public void commit(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("COMMIT");
    }
  }

  @Override
  public void rollback(Connection c) {
    try (Statement st = c.createStatement()) {
      st.execute("ROLLBACK");
    } catch (SQLException e) {
      // no transaction was open (SQLite ends some on error by itself)
    }
  }

  @Override
  public ServerInfo describe(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
      rs.next();
      String version = rs.getString(1);
      String[] parts = version.split("\\.");
      String file = c.getMetaData().getURL().replaceFirst("^jdbc:sqlite:", "");
      String name =
          file.isEmpty() ? ":memory:" : java.nio.file.Path.of(file).getFileName().toString();
      return new ServerInfo(
          "SQLite",
          version,
          Integer.parseInt(parts[0]),
          parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
          name);
    }
  }

  @Override
  public boolean isTransient(SQLException e) {
    return e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY");
  }

  @Override
  public MigrationLock lock(Connection c, Duration timeout, Events events) {
    return new MigrationLock() {
      @Override
      public boolean exclusive() {
        return false;
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public SqlSplitter.Rules splitRules() {
    return SPLIT_RULES;
  }

  @Override
  public Optional<String> outsideTransactionReason(SqlStatement statement, ServerInfo server) {
    if (VACUUM.matcher(statement.head()).matches()) {
      return Optional.of("VACUUM at line " + statement.line());
    }
    if (PRAGMA.matcher(statement.head()).matches()) {
      return Optional.of(
          "PRAGMA foreign_keys/journal_mode at line "
              + statement.line()
              + " (ignored or refused inside a transaction)");
    }
    return Optional.empty();
  }

  @Override
  public Catalog catalog(Connection c) {
    return new SqliteCatalog(c);
  }

  @Override
  public String timestampColumn() {
    return "TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
  }

  @Override
  public String identityColumn(String name) {
    return name + " INTEGER PRIMARY KEY";
  }

  @Override
  public boolean supportsAddColumnIfNotExists() {
    return false;
  }
}
