package dev.shipgate.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {
  private static List<SqlStatement> pg(String sql) {
    return new SqlSplitter(dev.shipgate.db.postgres.PostgresDatabase.SPLIT_RULES).split(sql);
  }

  private static List<SqlStatement> sqlite(String sql) {
    return new SqlSplitter(dev.shipgate.db.sqlite.SqliteDatabase.SPLIT_RULES).split(sql);
  }

  @Test
  void splitsAtTopLevelSemicolonsAndKeepsStartLines() {
    List<SqlStatement> s = pg("-- header\nCREATE TABLE a (id INT);\n\nINSERT INTO a VALUES (1);");
    assertThat(s).extracting(SqlStatement::line).containsExactly(2, 4);
    assertThat(s.get(0).sql()).isEqualTo("CREATE TABLE a (id INT)");
    assertThat(s.get(1).head()).isEqualTo("INSERT INTO A VALUES (1)");
  }

  @Test
  void semicolonsInsideStringsCommentsAndIdentifiersDoNotSplit() {
    List<SqlStatement> s =
        pg(
            "INSERT INTO t VALUES ('a;b', E'it\\'s;', \"odd;name\"); /* x; /* nested; */ y; */"
                + " SELECT 1; -- trailing; comment\n");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).head()).isEqualTo("SELECT 1");
  }

  @Test
  void dollarQuotedFunctionBodiesStayWhole() {
    String fn =
        "CREATE FUNCTION f() RETURNS trigger AS $body$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n"
            + "$body$ LANGUAGE plpgsql;\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT $1;";
    List<SqlStatement> s = pg(fn);
    assertThat(s).hasSize(3);
    assertThat(s.get(0).sql()).endsWith("LANGUAGE plpgsql");
    assertThat(s.get(1).line()).isEqualTo(7);
  }

  @Test
  void beginAtomicBodiesStayWhole() {
    List<SqlStatement> s =
        pg(
            "CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE"
                + " WHEN true THEN 1 END; END;\nSELECT one();");
    assertThat(s).hasSize(2);
  }

  @Test
  void sqliteTriggerBodiesStayWhole() {
    List<SqlStatement> s =
        sqlite(
            "CREATE TRIGGER trg AFTER INSERT ON a BEGIN\n  UPDATE b SET n = n + 1;\n  INSERT INTO"
                + " c SELECT CASE WHEN 1 THEN 2 END;\nEND;\nCREATE TABLE `we;ird` ([x;y] INT);");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).line()).isEqualTo(5);
  }

  @Test
  void aByteOrderMarkAndCommentOnlyScriptsYieldNothingSpurious() {
    assertThat(pg("\uFEFF-- nothing here\n/* still nothing */\n;;")).isEmpty();
  }
}
