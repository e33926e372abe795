package dev.shipgate.schema;

import java.util.List;

/**
 * What is wrong with one expectation, as data: {@link Hotpatch} decides what SQL it can write from
 * the type, never from text. {@link #describe()} is the sentence people read.
 */
public sealed interface Problem
    permits Problem.TableMissing,
        Problem.ColumnMissing,
        Problem.IndexMissing,
        Problem.IndexInvalid,
        Problem.IndexDiffers,
        Problem.TooFewRows {

  /** One line for people: what is wrong and, where it helps, what was found instead. */
  String describe();

  /** The table does not exist (for a table, a column of it, or its row floor). */
  record TableMissing(String table, boolean forColumn) implements Problem {
    @Override
    public String describe() {
      return "table "
          + table
          + " does not exist"
          + (forColumn ? ", so neither does the column" : "");
    }
  }

  /**
   * The table exists without the column.
   *
   * @param otherCase the column as the catalog spells it when only its case differs, or null
   */
  record ColumnMissing(String table, String column, String otherCase) implements Problem {
    @Override
    public String describe() {
      String near =
          otherCase == null
              ? ""
              : " (there is "
                  + otherCase
                  + ": names are case-sensitive, so the migration probably created it without"
                  + " quotes; write \""
                  + column
                  + "\" in the migration, or expect "
                  + table
                  + "."
                  + otherCase
                  + ")";
      return "column " + column + " is missing from " + table + near;
    }
  }

  record IndexMissing(String index) implements Problem {
    @Override
    public String describe() {
      return "index " + index + " does not exist";
    }
  }

  /** The index exists but the database cannot use it (an interrupted online build). */
  record IndexInvalid(String index) implements Problem {
    @Override
    public String describe() {
      return "index "
          + index
          + " exists but is INVALID (an interrupted CREATE INDEX CONCURRENTLY): drop it and create"
          + " it again";
    }
  }

  /** The index exists on other columns or another table than expected. */
  record IndexDiffers(
      String index,
      String table,
      List<String> columns,
      String expectedTable,
      List<String> expectedColumns)
      implements Problem {
    public IndexDiffers {
      columns = List.copyOf(columns);
      expectedColumns = List.copyOf(expectedColumns);
    }

    @Override
    public String describe() {
      return "index "
          + index
          + " is on "
          + table
          + "("
          + String.join(", ", columns)
          + "), expected "
          + expectedTable
          + "("
          + String.join(", ", expectedColumns)
          + ")";
    }
  }

  record TooFewRows(String table, long rows, long floor) implements Problem {
    @Override
    public String describe() {
      return table
          + " has "
          + rows
          + (rows == 1 ? " row" : " rows")
          + ", expected at least "
          + floor;
    }
  }
}
