package dev.shipgate.db.postgres;

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

/**
 * Reads pg_catalog. An unqualified name resolves as SQL would resolve it: through the search_path
 * ({@code pg_table_is_visible}). Names compare exactly, as quoted identifiers do.
 */
final class PostgresCatalog implements Catalog {
  private static final String VISIBLE_OR_IN_SCHEMA =
      " AND (CASE WHEN ?::text IS NULL THEN pg_catalog.pg_table_is_visible(c.oid)"
          + " ELSE n.nspname = ? END)";

  private final Connection c;

  PostgresCatalog(Connection c) {
    this.c = c;
  }

  @Override
  public Optional<Table> table(String qualifiedName) throws SQLException {
    String[] q = Identifiers.qualified(qualifiedName);
    String sql =
        "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname = ?"
            + VISIBLE_OR_IN_SCHEMA;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, q[1]);
      ps.setString(2, q[0]);
      ps.setString(3, q[0]);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Table(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  @Override
  public List<String> columns(Table table) throws SQLException {
    String sql =
        "SELECT a.attname FROM pg_catalog.pg_attribute a"
            + " WHERE a.attrelid = format('%I.%I', ?::text, ?::text)::regclass"
            + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
    return Jdbc.strings(c, sql, table.schema(), table.name());
  }

  @Override
  public Optional<Index> index(String qualifiedName) throws SQLException {
    String[] q = Identifiers.qualified(qualifiedName);
    String sql =
        "SELECT c.relname, t.relname, x.indisvalid,"
            + " array(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, k, true)"
            + "       FROM generate_series(1, x.indnkeyatts) k ORDER BY k)"
            + " FROM pg_catalog.pg_index x"
            + " JOIN pg_catalog.pg_class c ON c.oid = x.indexrelid"
            + " JOIN pg_catalog.pg_class t ON t.oid = x.indrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relname = ?"
            + VISIBLE_OR_IN_SCHEMA;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, q[1]);
      ps.setString(2, q[0]);
      ps.setString(3, q[0]);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String[] cols = (String[]) rs.getArray(4).getArray();
        List<String> columns = new ArrayList<>();
        for (String col : cols) {
          columns.add(Identifiers.unquote(col));
        }
        return Optional.of(new Index(rs.getString(1), rs.getString(2), columns, rs.getBoolean(3)));
      }
    }
  }

  @Override
  public long countRows(Table table, long limit) throws SQLException {
    String from =
        PostgresDatabase.INSTANCE.quote(table.schema())
            + "."
            + PostgresDatabase.INSTANCE.quote(table.name());
    return Jdbc.count(c, "SELECT count(*) FROM (SELECT 1 FROM " + from + " LIMIT ?) s", limit);
  }
}
