package dev.shipgate.schema;

import dev.shipgate.config.ColumnExpectation;
import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.IndexExpectation;
import dev.shipgate.db.Database;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL that adds what {@link SchemaReport} found missing, where the config declares enough to create
 * it: a column with a type ({@code table.column: TYPE}), an index with a definition ({@code name:
 * table(col, ...)}). PostgreSQL gets {@code ADD COLUMN IF NOT EXISTS} and {@code CREATE INDEX
 * CONCURRENTLY IF NOT EXISTS} (no write lock on a live table), so the script can run twice. SQLite
 * has no {@code ADD COLUMN IF NOT EXISTS}: its column statements are correct for the database as
 * checked, and a note says to regenerate rather than replay them.
 */
public final class Hotpatch {
  /**
   * @param statements SQL statements, each ending in ';'
   * @param unpatchable what is missing but cannot be patched, and why
   * @param notes caveats about the statements
   */
  public record Script(List<String> statements, List<String> unpatchable, List<String> notes) {}

  private Hotpatch() {}

  public static Script generate(SchemaReport report, ExpectConfig expect, Database db) {
    List<String> sql = new ArrayList<>();
    List<String> cannot = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean pg = db.kind() == DatabaseUrl.Kind.POSTGRESQL;
    for (ColumnExpectation c : expect.columns()) {
      ExpectationResult r = result(report, c.key());
      if (r == null || r.ok()) {
        continue;
      }
      if (r.detail().startsWith("table ")) {
        cannot.add(c.key() + ": " + r.detail() + "; hotpatch adds columns and indexes, not tables");
      } else if (c.type() == null) {
        cannot.add(
            c.key()
                + ": no type declared; write `"
                + c.key()
                + ": TYPE` under database.expect.columns");
      } else {
        sql.add(
            "ALTER TABLE "
                + db.quoteQualified(c.table())
                + " ADD COLUMN "
                + (db.supportsAddColumnIfNotExists() ? "IF NOT EXISTS " : "")
                + db.quote(Identifiers.unquote(c.column()))
                + " "
                + c.type()
                + ";");
        if (!db.supportsAddColumnIfNotExists()) {
          notes.add(
              "SQLite has no ADD COLUMN IF NOT EXISTS: apply this script once, or run shipgate"
                  + " schema hotpatch again instead of replaying it");
        }
      }
    }
    for (IndexExpectation i : expect.indexes()) {
      ExpectationResult r = result(report, i.name());
      if (r == null || r.ok()) {
        continue;
      }
      if (i.table() == null) {
        cannot.add(
            i.name()
                + ": no definition; write `"
                + i.name()
                + ": table(col, ...)` under database.expect.indexes");
        continue;
      }
      String name = db.quote(Identifiers.qualified(i.name())[1]);
      if (r.detail().contains("INVALID") && pg) {
        sql.add("DROP INDEX CONCURRENTLY IF EXISTS " + db.quoteQualified(i.name()) + ";");
      } else if (!r.detail().contains("does not exist")) {
        cannot.add(i.name() + ": " + r.detail() + "; drop or rename it by hand first");
        continue;
      }
      List<String> cols =
          i.columns().stream().map(col -> db.quote(Identifiers.unquote(col))).toList();
      sql.add(
          "CREATE INDEX "
              + (pg ? "CONCURRENTLY " : "")
              + "IF NOT EXISTS "
              + name
              + " ON "
              + db.quoteQualified(i.table())
              + " ("
              + String.join(", ", cols)
              + ");");
    }
    for (ExpectationResult r : report.missing()) {
      if (r.kind() == ExpectationResult.Kind.TABLE || r.kind() == ExpectationResult.Kind.MIN_ROWS) {
        cannot.add(r.key() + ": " + r.detail() + "; only a migration can fix this");
      }
    }
    if (pg && sql.stream().anyMatch(s -> s.contains("CONCURRENTLY"))) {
      notes.add(
          "CREATE INDEX CONCURRENTLY cannot run inside a transaction: run the script without"
              + " psql -1/--single-transaction");
    }
    return new Script(List.copyOf(sql), List.copyOf(cannot), notes.stream().distinct().toList());
  }

  private static ExpectationResult result(SchemaReport report, String key) {
    return report.results().stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
  }
}
