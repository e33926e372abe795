package dev.shipgate.db.postgres;

import dev.shipgate.core.Events;
import dev.shipgate.db.Catalog;
import dev.shipgate.db.Database;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.LockTimeoutException;
import dev.shipgate.db.MigrationLock;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.db.ServerInfo;
import dev.shipgate.db.SqlSplitter;
import dev.shipgate.db.SqlStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** PostgreSQL (pgjdbc). */
public final class PostgresDatabase implements Database {
  public static final PostgresDatabase INSTANCE = new PostgresDatabase();

  private PostgresDatabase() {}

  /** Dollar quotes and nested block comments; no backtick identifiers. */
  public static final SqlSplitter.Rules SPLIT_RULES = new SqlSplitter.Rules(true, true, false);

  @Override
  public String id() {
    return "postgresql";
  }

  @Override
  public boolean accepts(String url) {
    return PostgresUrls.accepts(url);
  }

  @Override
  public DatabaseUrl parseUrl(String url, Path baseDir) {
    return PostgresUrls.parse(url);
  }

  @Override
  public String urlForms() {
    return "postgres://user:pw@host:5432/db, jdbc:postgresql://host/db, host=... dbname=...";
  }

  @Override
  public boolean caseSensitiveIdentifiers() {
    return true;
  }

  @Override
  public Optional<String> stuckLockHint() {
    return Optional.of("end its session (SELECT pg_terminate_backend(pid))");
  }

  @Override
  public String onlineIndexOption() {
    return "CONCURRENTLY ";
  }

  @Override
  public Optional<String> dropInvalidIndex(String qualifiedName) {
    return Optional.of("DROP INDEX CONCURRENTLY IF EXISTS " + quoteQualified(qualifiedName) + ";");
  }

  @Override
  public List<String> hotpatchNotes(List<String> statements) {
    return statements.stream().anyMatch(s -> s.contains("CONCURRENTLY"))
        ? List.of(
            "CREATE INDEX CONCURRENTLY cannot run inside a transaction: run the script without"
                + " psql -1/--single-transaction")
        : List.of();
  }

  @Override
  public Connection open(DatabaseUrl url, OpenOptions options) throws SQLException {
    Properties p = url.properties();
    long seconds = Math.max(1, (options.connectTimeout().toMillis() + 999) / 1000);
    p.setProperty("connectTimeout", Long.toString(seconds));
    p.setProperty("loginTimeout", Long.toString(seconds));
    p.setProperty("tcpKeepAlive", "true");
    p.setProperty("ApplicationName", truncate(options.applicationName()));
    Connection c = new org.postgresql.Driver().connect(url.jdbcUrl(), p);
    if (c == null) {
      throw new SQLException("pgjdbc does not accept the URL " + url.redacted(), "08001");
    }
    return c;
  }

  @Override
  public ServerInfo describe(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT current_setting('server_version'),"
                    + " current_setting('server_version_num')::int, current_database()")) {
      rs.next();
      int num = rs.getInt(2);
      int major = num >= 100000 ? num / 10000 : num / 100;
      int minor = num >= 100000 ? num % 10000 : num % 100;
      String version = rs.getString(1).split(" ")[0];
      return new ServerInfo("PostgreSQL", version, major, minor, rs.getString(3));
    }
  }

  @Override
  public int errorLine(SQLException e, SqlStatement statement) {
    if (e instanceof org.postgresql.util.PSQLException pe
        && pe.getServerErrorMessage() != null
        && pe.getServerErrorMessage().getPosition() > 0) {
      int pos = Math.min(pe.getServerErrorMessage().getPosition() - 1, statement.sql().length());
      return statement.line()
          + (int) statement.sql().substring(0, pos).chars().filter(ch -> ch == '\n').count();
    }
    return statement.line();
  }

  @Override
  public boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    if (state == null) {
      return e.getCause() instanceof java.io.IOException;
    }
    return (state.startsWith("08") && !state.equals("08004"))
        || state.equals("57P03") // the database system is starting up
        || state.equals("53300"); // too many connections
  }

  @Override
  public MigrationLock lock(Connection c, Duration timeout, Events events)
      throws SQLException, LockTimeoutException {
    return AdvisoryLock.acquire(c, timeout, events);
  }

  @Override
  public SqlSplitter.Rules splitRules() {
    return SPLIT_RULES;
  }

  @Override
  public Optional<String> outsideTransactionReason(SqlStatement statement, ServerInfo server) {
    return NonTransactional.reason(statement, server);
  }

  @Override
  public Catalog catalog(Connection c) {
    return new PostgresCatalog(c);
  }

  @Override
  public String timestampColumn() {
    return "TIMESTAMPTZ NOT NULL DEFAULT now()";
  }

  @Override
  public String identityColumn(String name) {
    return name + " BIGSERIAL PRIMARY KEY";
  }

  @Override
  public boolean supportsAddColumnIfNotExists() {
    return true;
  }

  /** application_name holds at most 63 bytes. */
  static String truncate(String name) {
    return name.length() <= 63 ? name : name.substring(0, 63);
  }
}
