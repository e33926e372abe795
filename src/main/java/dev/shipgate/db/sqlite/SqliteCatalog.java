package dev.shipgate.db.sqlite;

import dev.shipgate.db.Catalog;
import dev.shipgate.db.Identifiers;
import dev.shipgate.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads sqlite_master and the table_info/index_info pragmas. SQLite names ignore case. */
final class SqliteCatalog implements Catalog {
  private final Connection c;

  SqliteCatalog(Connection c) {
    this.c = c;
  }

  @Override
  public Optional<Table> table(String qualifiedName) throws SQLException {
    String[] q = Identifiers.qualified(qualifiedName);
    String schema = q[0] == null ? "main" : q[0];
    String sql =
        "SELECT name FROM "
            + SqliteDatabase.INSTANCE.quote(schema)
            + ".sqlite_master WHERE type IN ('table', 'view') AND name = ? COLLATE NOCASE";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, q[1]);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Table(schema, rs.getString(1))) : Optional.empty();
      } catch (SQLException e) {
        if (e.getMessage() != null && e.getMessage().contains("unknown database")) {
          return Optional.empty();
        }
        throw e;
      }
    }
  }

  @Override
  public List<String> columns(Table table) throws SQLException {
    return Jdbc.strings(
        c, "SELECT name FROM pragma_table_info(?, ?) ORDER BY cid", table.name(), table.schema());
  }

  @Override
  public Optional<Index> index(String qualifiedName) throws SQLException {
    String[] q = Identifiers.qualified(qualifiedName);
    String schema = q[0] == null ? "main" : q[0];
    String sql =
        "SELECT name, tbl_name FROM "
            + SqliteDatabase.INSTANCE.quote(schema)
            + ".sqlite_master WHERE type = 'index' AND name = ? COLLATE NOCASE";
    String name;
    String table;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, q[1]);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        name = rs.getString(1);
        table = rs.getString(2);
      }
    }
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT name FROM pragma_index_info(?, ?) ORDER BY seqno")) {
      ps.setString(1, name);
      ps.setString(2, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1) == null ? "<expression>" : rs.getString(1));
        }
      }
    }
    return Optional.of(new Index(name, table, columns, true));
  }

  @Override
  public long countRows(Table table, long limit) throws SQLException {
    String from =
        SqliteDatabase.INSTANCE.quote(table.schema())
            + "."
            + SqliteDatabase.INSTANCE.quote(table.name());
    return Jdbc.count(c, "SELECT count(*) FROM (SELECT 1 FROM " + from + " LIMIT ?)", limit);
  }
}
