package dev.shipgate.schema;

import dev.shipgate.config.ColumnExpectation;
import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.IndexExpectation;
import dev.shipgate.db.Catalog;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.Identifiers;
import dev.shipgate.schema.ExpectationResult.Kind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code database.expect} against the catalog. A column name matches the way a quoted
 * identifier does: exactly on PostgreSQL ({@code chatEnabled} is not {@code chatenabled}), without
 * regard to case on SQLite. When PostgreSQL has the column under another case, the result says so.
 */
public final class ExpectationChecker {
  private ExpectationChecker() {}

  public static SchemaReport check(DbSession session, ExpectConfig expect) throws SQLException {
    Catalog catalog = session.catalog();
    boolean caseSensitive = session.database().caseSensitiveIdentifiers();
    Map<String, Optional<Catalog.Table>> tables = new HashMap<>();
    List<ExpectationResult> out = new ArrayList<>();
    for (String t : expect.tables()) {
      out.add(
          table(catalog, tables, t).isPresent()
              ? ExpectationResult.pass(Kind.TABLE, t)
              : ExpectationResult.fail(Kind.TABLE, t, new Problem.TableMissing(t, false)));
    }
    for (ColumnExpectation c : expect.columns()) {
      out.add(column(catalog, tables, c, caseSensitive));
    }
    for (IndexExpectation i : expect.indexes()) {
      out.add(index(catalog, i, caseSensitive));
    }
    for (Map.Entry<String, Long> e : expect.minRows().entrySet()) {
      out.add(minRows(catalog, tables, e.getKey(), e.getValue()));
    }
    return new SchemaReport(out);
  }

  private static Optional<Catalog.Table> table(
      Catalog catalog, Map<String, Optional<Catalog.Table>> cache, String name)
      throws SQLException {
    Optional<Catalog.Table> t = cache.get(name);
    if (t == null) {
      t = catalog.table(name);
      cache.put(name, t);
    }
    return t;
  }

  private static ExpectationResult column(
      Catalog catalog,
      Map<String, Optional<Catalog.Table>> cache,
      ColumnExpectation c,
      boolean caseSensitive)
      throws SQLException {
    Optional<Catalog.Table> t = table(catalog, cache, c.table());
    if (t.isEmpty()) {
      return ExpectationResult.fail(
          Kind.COLUMN, c.key(), new Problem.TableMissing(c.table(), true));
    }
    String want = Identifiers.unquote(c.column());
    List<String> columns = catalog.columns(t.get());
    for (String have : columns) {
      if (caseSensitive ? have.equals(want) : have.equalsIgnoreCase(want)) {
        return ExpectationResult.pass(Kind.COLUMN, c.key());
      }
    }
    String otherCase =
        columns.stream().filter(have -> have.equalsIgnoreCase(want)).findFirst().orElse(null);
    return ExpectationResult.fail(
        Kind.COLUMN, c.key(), new Problem.ColumnMissing(c.table(), want, otherCase));
  }

  private static ExpectationResult index(Catalog catalog, IndexExpectation i, boolean caseSensitive)
      throws SQLException {
    Optional<Catalog.Index> found = catalog.index(i.name());
    if (found.isEmpty()) {
      return ExpectationResult.fail(Kind.INDEX, i.name(), new Problem.IndexMissing(i.name()));
    }
    Catalog.Index idx = found.get();
    if (!idx.valid()) {
      return ExpectationResult.fail(Kind.INDEX, i.name(), new Problem.IndexInvalid(i.name()));
    }
    if (i.table() != null) {
      String wantTable = Identifiers.qualified(i.table())[1];
      List<String> wantCols = i.columns().stream().map(Identifiers::unquote).toList();
      boolean sameTable = same(idx.table(), wantTable, caseSensitive);
      boolean sameCols = wantCols.size() == idx.columns().size();
      for (int k = 0; sameCols && k < wantCols.size(); k++) {
        sameCols = same(idx.columns().get(k), wantCols.get(k), caseSensitive);
      }
      if (!sameTable || !sameCols) {
        return ExpectationResult.fail(
            Kind.INDEX,
            i.name(),
            new Problem.IndexDiffers(i.name(), idx.table(), idx.columns(), i.table(), i.columns()));
      }
    }
    return ExpectationResult.pass(Kind.INDEX, i.name());
  }

  private static ExpectationResult minRows(
      Catalog catalog, Map<String, Optional<Catalog.Table>> cache, String table, long floor)
      throws SQLException {
    String key = table + " rows >= " + floor;
    Optional<Catalog.Table> t = table(catalog, cache, table);
    if (t.isEmpty()) {
      return ExpectationResult.fail(Kind.MIN_ROWS, key, new Problem.TableMissing(table, false));
    }
    long n = catalog.countRows(t.get(), floor);
    return n >= floor
        ? ExpectationResult.pass(Kind.MIN_ROWS, key)
        : ExpectationResult.fail(Kind.MIN_ROWS, key, new Problem.TooFewRows(table, n, floor));
  }

  private static boolean same(String a, String b, boolean caseSensitive) {
    return caseSensitive
        ? a.equals(b)
        : a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
