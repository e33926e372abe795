package dev.shipgate.schema;

import dev.shipgate.config.ColumnExpectation;
import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.IndexExpectation;
import dev.shipgate.db.Database;
import dev.shipgate.db.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL that adds what {@link SchemaReport} found missing, where the config declares enough to create
 * it: a column with a type ({@code table.column: TYPE}), an index with a definition ({@code name:
 * table(col, ...)}). What to write is decided from each result's {@link Problem}; the dialect (an
 * online {@code CREATE INDEX}, {@code ADD COLUMN IF NOT EXISTS} where it exists) comes from the
 * {@link Database}, so the script can run twice on a live table.
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
    for (ColumnExpectation c : expect.columns()) {
      Optional<Problem> p = problem(report, c.key());
      if (p.isEmpty()) {
        continue;
      }
      if (p.get() instanceof Problem.TableMissing) {
        cannot.add(
            c.key()
                + ": "
                + p.get().describe()
                + "; hotpatch adds columns and indexes, not tables");
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
      }
    }
    for (IndexExpectation i : expect.indexes()) {
      Optional<Problem> p = problem(report, i.name());
      if (p.isEmpty()) {
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
      switch (p.get()) {
        case Problem.IndexInvalid invalid -> db.dropInvalidIndex(i.name()).ifPresent(sql::add);
        case Problem.IndexMissing missing -> {}
        default -> {
          cannot.add(i.name() + ": " + p.get().describe() + "; drop or rename it by hand first");
          continue;
        }
      }
      List<String> cols =
          i.columns().stream().map(col -> db.quote(Identifiers.unquote(col))).toList();
      sql.add(
          db.createIndexOnline(
              db.quote(Identifiers.qualified(i.name())[1]), db.quoteQualified(i.table()), cols));
    }
    for (ExpectationResult r : report.missing()) {
      if (r.kind() == ExpectationResult.Kind.TABLE || r.kind() == ExpectationResult.Kind.MIN_ROWS) {
        cannot.add(r.key() + ": " + r.detail() + "; only a migration can fix this");
      }
    }
    return new Script(List.copyOf(sql), List.copyOf(cannot), db.hotpatchNotes(sql));
  }

  private static Optional<Problem> problem(SchemaReport report, String key) {
    return report.results().stream()
        .filter(r -> r.key().equals(key) && !r.ok())
        .map(ExpectationResult::problem)
        .findFirst();
  }
}
