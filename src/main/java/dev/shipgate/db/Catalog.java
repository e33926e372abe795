package dev.shipgate.db;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What the schema holds, read from the database's own catalog. Names are matched the way the
 * database resolves a quoted identifier: exactly in PostgreSQL (so {@code chatEnabled} and {@code
 * chatenabled} differ), case-insensitively in SQLite.
 */
public interface Catalog {
  /** A table as the catalog spells it. */
  record Table(String schema, String name) {}

  /**
   * An index: its name, table, key columns in order (expressions as written), and whether the
   * database can use it (false for what a failed CREATE INDEX CONCURRENTLY leaves behind).
   */
  record Index(String name, String table, List<String> columns, boolean valid) {}

  /**
   * The table {@code name} (optionally {@code schema.name}; default: the current schema), or empty.
   */
  Optional<Table> table(String qualifiedName) throws SQLException;

  /** The column names of a table, as the catalog spells them. */
  List<String> columns(Table table) throws SQLException;

  /** The index {@code name} (optionally schema-qualified), or empty. */
  Optional<Index> index(String qualifiedName) throws SQLException;

  /** How many rows the table has, counting no further than {@code limit}. */
  long countRows(Table table, long limit) throws SQLException;
}
