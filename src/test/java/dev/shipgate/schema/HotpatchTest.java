package dev.shipgate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.ColumnExpectation;
import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.IndexExpectation;
import dev.shipgate.db.postgres.PostgresDatabase;
import dev.shipgate.db.sqlite.SqliteDatabase;
import dev.shipgate.schema.ExpectationResult.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hotpatch decides from typed problems; no database needed. */
class HotpatchTest {
  private static final ExpectConfig EXPECT =
      new ExpectConfig(
          List.of("users"),
          List.of(
              new ColumnExpectation("projects", "chatEnabled", "BOOLEAN"),
              new ColumnExpectation("orders", "total", "INTEGER"),
              new ColumnExpectation("projects", "untyped", null)),
          List.of(
              new IndexExpectation("ix_a", "conversions", List.of("proposal_id")),
              new IndexExpectation("ix_b", "conversions", List.of("visitor_id")),
              new IndexExpectation("ix_c", "conversions", List.of("x"))),
          Map.of("projects", 1L));

  private static SchemaReport report() {
    return new SchemaReport(
        List.of(
            ExpectationResult.pass(Kind.TABLE, "users"),
            ExpectationResult.fail(
                Kind.COLUMN,
                "projects.chatEnabled",
                new Problem.ColumnMissing("projects", "chatEnabled", "chatenabled")),
            ExpectationResult.fail(
                Kind.COLUMN, "orders.total", new Problem.TableMissing("orders", true)),
            ExpectationResult.fail(
                Kind.COLUMN,
                "projects.untyped",
                new Problem.ColumnMissing("projects", "untyped", null)),
            ExpectationResult.fail(Kind.INDEX, "ix_a", new Problem.IndexMissing("ix_a")),
            ExpectationResult.fail(Kind.INDEX, "ix_b", new Problem.IndexInvalid("ix_b")),
            ExpectationResult.fail(
                Kind.INDEX,
                "ix_c",
                new Problem.IndexDiffers(
                    "ix_c", "conversions", List.of("y"), "conversions", List.of("x"))),
            ExpectationResult.fail(
                Kind.MIN_ROWS, "projects rows >= 1", new Problem.TooFewRows("projects", 0, 1))));
  }

  @Test
  void postgresGetsIdempotentOnlineStatementsForWhatItCanAdd() {
    Hotpatch.Script s = Hotpatch.generate(report(), EXPECT, PostgresDatabase.INSTANCE);
    assertThat(s.statements())
        .containsExactly(
            "ALTER TABLE \"projects\" ADD COLUMN IF NOT EXISTS \"chatEnabled\" BOOLEAN;",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"ix_a\" ON \"conversions\" (\"proposal_id\");",
            "DROP INDEX CONCURRENTLY IF EXISTS \"ix_b\";",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"ix_b\" ON \"conversions\" (\"visitor_id\");");
    assertThat(s.unpatchable())
        .anySatisfy(u -> assertThat(u).startsWith("orders.total: table orders does not exist"))
        .anySatisfy(u -> assertThat(u).startsWith("projects.untyped: no type declared"))
        .anySatisfy(u -> assertThat(u).startsWith("ix_c: index ix_c is on conversions(y)"))
        .anySatisfy(u -> assertThat(u).startsWith("projects rows >= 1: projects has 0 rows"))
        .hasSize(4);
    assertThat(s.notes()).singleElement().asString().contains("CONCURRENTLY");
  }

  @Test
  void sqliteHasNoOnlineIndexBuildsAndNoInvalidIndexes() {
    Hotpatch.Script s = Hotpatch.generate(report(), EXPECT, SqliteDatabase.INSTANCE);
    assertThat(s.statements())
        .containsExactly(
            "ALTER TABLE \"projects\" ADD COLUMN \"chatEnabled\" BOOLEAN;",
            "CREATE INDEX IF NOT EXISTS \"ix_a\" ON \"conversions\" (\"proposal_id\");",
            "CREATE INDEX IF NOT EXISTS \"ix_b\" ON \"conversions\" (\"visitor_id\");");
    assertThat(s.notes()).singleElement().asString().contains("no ADD COLUMN IF NOT EXISTS");
  }

  @Test
  void nothingMissingMeansAnEmptyScript() {
    SchemaReport ok = new SchemaReport(List.of(ExpectationResult.pass(Kind.TABLE, "users")));
    Hotpatch.Script s = Hotpatch.generate(ok, EXPECT, PostgresDatabase.INSTANCE);
    assertThat(s.statements()).isEmpty();
    assertThat(s.unpatchable()).isEmpty();
    assertThat(s.notes()).isEmpty();
  }
}
